import { useEffect, useRef } from 'react';
import type { EntityTypeName } from '../../../../shared/domain/schemas';
import { useI18n } from '../../i18n/I18nContext';
import { latinKey } from '../../lib/latinKey';
import { isTypingTarget } from '../../lib/listNavigation';
import { isolate, typeName } from './mentionLabels';
import { ENTITY_TYPES, TYPE_LETTERS, typeOfDigit } from './reviewKeys';
import type { TextSelection } from './useTextSelection';

interface Props {
  selection: TextSelection;
  selectedText: string;
  /** The focused mention's text when the selection overlaps it: offered a move to the selection. */
  movable: string | null;
  onAdd: (type: EntityTypeName) => void;
  onMove: () => void;
  onClose: () => void;
}

/** Type buttons next to selected text: a click, a digit 1-5 or a letter p/o/l/m/d adds the mention. */
export function AddMentionPopover({ selection, selectedText, movable, onAdd, onMove, onClose }: Props) {
  const { t } = useI18n();
  const latest = useRef({ onAdd, onClose });
  useEffect(() => {
    latest.current = { onAdd, onClose };
  });

  useEffect(() => {
    // Capture phase: while text is selected these keys name a type, not a reader command.
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        latest.current.onClose();
        return;
      }
      const type = typeOfDigit(e.key) ?? TYPE_LETTERS[latinKey(e).toLowerCase()] ?? null;
      if (!type) return;
      e.preventDefault();
      e.stopPropagation();
      latest.current.onAdd(type);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  const top = Math.min(selection.rect.bottom + 8, window.innerHeight - 60);
  const left = Math.max(8, Math.min(selection.rect.left, window.innerWidth - 360));
  return (
    <div className="add-popover" role="toolbar" aria-label={t('review.addLabel', { text: isolate(selectedText) })} style={{ top, left }}>
      <span className="add-popover__title">
        {t('review.addAs')} <bdi>{selectedText}</bdi>
      </span>
      {ENTITY_TYPES.map((type, i) => (
        <button
          key={type}
          type="button"
          className={`button add-popover__type mention--${type}`}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onAdd(type)}
          aria-keyshortcuts={`${i + 1} ${Object.keys(TYPE_LETTERS)[i] ?? ''}`}
        >
          <kbd>{i + 1}</kbd> {typeName(t, type)}
        </button>
      ))}
      {movable !== null && (
        <button type="button" className="button button--primary" onMouseDown={(e) => e.preventDefault()} onClick={onMove}>
          {t('review.moveTo', { text: isolate(movable) })}
        </button>
      )}
    </div>
  );
}
