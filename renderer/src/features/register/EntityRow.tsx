import { useState, type FormEvent } from 'react';
import type { RegisterEntity } from '../../../../shared/domain/schemas';
import { useWorkspace } from '../../app/WorkspaceContext';
import { useI18n } from '../../i18n/I18nContext';
import { call } from '../../lib/api';
import { TypeSelect } from '../review/TypeSelect';

interface Props {
  entity: RegisterEntity;
  selected: boolean;
  documentTitle: (id: number) => string;
  onSelect: (selected: boolean) => void;
  onHistory: () => void;
}

/** One canonical entity: select for merging, rename, retype, split an alias out, open its documents. */
export function EntityRow({ entity, selected, documentTitle, onSelect, onHistory }: Props) {
  const { t } = useI18n();
  const { act, openDocument } = useWorkspace();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(entity.name);

  const rename = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (trimmed && trimmed !== entity.name && (await act(() => call('app:entities.rename', { entityId: entity.id, name: trimmed }))) === null) return;
    setRenaming(false);
  };

  return (
    <div className={`entity-row entity-row--${entity.type}${selected ? ' entity-row--selected' : ''}`} role="row" aria-selected={selected}>
      <span role="cell">
        <input type="checkbox" checked={selected} aria-label={t('register.select', { name: entity.name })} onChange={(e) => onSelect(e.target.checked)} />
      </span>
      <span role="cell" className="entity-row__name">
        {renaming ? (
          <form onSubmit={(e) => void rename(e)} className="entity-row__rename">
            <input autoFocus value={name} dir="auto" aria-label={t('register.newName')} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setRenaming(false)} />
            <button type="submit" className="button">
              {t('claims.save')}
            </button>
          </form>
        ) : (
          <>
            <strong dir="auto">{entity.name}</strong>
            <button type="button" className="link-button" onClick={() => setRenaming(true)}>
              {t('register.rename')}
            </button>
          </>
        )}
      </span>
      <span role="cell">
        <TypeSelect
          label={t('register.typeOf', { name: entity.name })}
          value={entity.type}
          onChange={(type) => void act(() => call('app:entities.retype', { entityId: entity.id, type }))}
        />
      </span>
      <span role="cell" className="entity-row__aliases">
        <ul aria-label={t('register.aliases')}>
          {entity.aliases.map((a) => (
            <li key={a.id} className="alias">
              <bdi>{a.alias}</bdi>
              {entity.aliases.length > 1 && (
                <button
                  type="button"
                  className="alias__split"
                  aria-label={t('register.split', { alias: a.alias })}
                  title={t('register.split', { alias: a.alias })}
                  onClick={() => void act(() => call('app:entities.splitAlias', { entityId: entity.id, aliasId: a.id }))}
                >
                  ⤴
                </button>
              )}
            </li>
          ))}
        </ul>
      </span>
      <span role="cell" className="entity-row__count">
        {entity.mentionCount}
      </span>
      <span role="cell" className="entity-row__docs">
        {entity.documentIds.map((id) => (
          <button key={id} type="button" className="link-button" onClick={() => openDocument(id)}>
            <bdi>{documentTitle(id)}</bdi>
          </button>
        ))}
        <button type="button" className="link-button muted" onClick={onHistory}>
          {t('audit.open')}
        </button>
      </span>
    </div>
  );
}
