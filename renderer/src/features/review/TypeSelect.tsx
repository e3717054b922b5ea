import type { EntityTypeName } from '../../../../shared/domain/schemas';
import { useI18n } from '../../i18n/I18nContext';
import { typeName } from './mentionLabels';
import { ENTITY_TYPES } from './reviewKeys';

/** Picks an entity type by its name in the UI language (a mention's in the panel, an entity's in the register). */
export function TypeSelect({ value, label, onChange }: { value: EntityTypeName; label?: string; onChange: (type: EntityTypeName) => void }) {
  const { t } = useI18n();
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value as EntityTypeName)}>
      {ENTITY_TYPES.map((type) => (
        <option key={type} value={type}>
          {typeName(t, type)}
        </option>
      ))}
    </select>
  );
}
