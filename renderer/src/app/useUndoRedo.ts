import { useCallback, useEffect, useRef } from 'react';
import { messageText } from '../../../shared/i18n/messageCode';
import { isolate } from '../features/review/mentionLabels';
import { historyCommand } from '../features/review/reviewKeys';
import { useI18n } from '../i18n/I18nContext';
import { call } from '../lib/api';
import { isTypingTarget } from '../lib/listNavigation';
import type { Workspace } from './WorkspaceContext';

/**
 * Undo and redo of the case's changes (kept in the archive), by key and by button, with a status
 * message. onRestored runs after a step that restored something: a document's details or text may
 * have changed, which views that show documents do not learn from review changes.
 */
export function useUndoRedo(workspace: Pick<Workspace, 'caseId' | 'act' | 'notify'>, onRestored: () => void) {
  const { t } = useI18n();
  const { caseId, act, notify } = workspace;

  const step = useCallback(
    async (which: 'undo' | 'redo') => {
      const result = await act(() => call(which === 'undo' ? 'app:review.undo' : 'app:review.redo', { caseId }));
      if (!result) return;
      if (result.description === null) notify(t(which === 'undo' ? 'history.nothingToUndo' : 'history.nothingToRedo'));
      else {
        onRestored();
        notify(t(which === 'undo' ? 'history.undone' : 'history.redone', { description: isolate(messageText(t, result.description, result.descriptionCode)) }));
      }
    },
    [caseId, act, notify, t, onRestored],
  );

  const latest = useRef(step);
  useEffect(() => {
    latest.current = step;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // In a text field the browser's own undo applies.
      if (isTypingTarget(e.target)) return;
      const which = historyCommand(e);
      if (!which) return;
      e.preventDefault();
      void latest.current(which);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return step;
}
