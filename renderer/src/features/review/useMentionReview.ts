import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EntityTypeName, Mention } from '../../../../shared/domain/schemas';
import { useWorkspace } from '../../app/WorkspaceContext';
import { useI18n } from '../../i18n/I18nContext';
import { call } from '../../lib/api';
import { useLoad } from '../../lib/useLoad';
import { moveEdge } from './boundary';
import { byPosition, neighbour } from './mentionOrder';
import type { ReviewCommand } from './reviewKeys';

/** A boundary being moved with the keyboard; saved as one change once the keys rest. */
interface Draft {
  id: number;
  start: number;
  end: number;
  /** Sent to the archive; shown until the reloaded mentions carry it, so the old span never flickers back. */
  saving: boolean;
}
const DRAFT_SAVE_MS = 700;

/** The document's mentions, the focused one, and every review action on them (all undoable). */
export function useMentionReview(documentId: number, text: string) {
  const { version, act, onError, notify } = useWorkspace();
  const { t } = useI18n();
  const loaded = useLoad(`document:${documentId}`, version, () => call('app:mentions.list', { documentId }), onError);
  const [focus, setFocus] = useState<{ documentId: number; id: number | null }>({ documentId, id: null });
  const [draft, setDraftState] = useState<Draft | null>(null);
  const draftRef = useRef<Draft | null>(null);
  const setDraft = useCallback((next: Draft | null) => {
    draftRef.current = next;
    setDraftState(next);
  }, []);
  const focusedId = focus.documentId === documentId ? focus.id : null;
  const setFocusedId = useCallback((id: number | null) => setFocus({ documentId, id }), [documentId]);

  const mentions = useMemo<Mention[]>(() => {
    const list = (loaded ?? []).map((m) => (draft && m.id === draft.id ? { ...m, start: draft.start, end: draft.end, text: text.slice(draft.start, draft.end) } : m));
    return list.sort(byPosition);
  }, [loaded, draft, text]);
  const focused = mentions.find((m) => m.id === focusedId) ?? null;

  // A saved draft gives way once the archive's answer shows the same span.
  const savedInLoaded = draft?.saving === true && (loaded ?? []).some((m) => m.id === draft.id && m.start === draft.start && m.end === draft.end);
  useEffect(() => {
    if (savedInLoaded) setDraft(null);
  }, [savedInLoaded, setDraft]);

  const flushDraft = useCallback(async () => {
    const pending = draftRef.current;
    if (!pending || pending.saving) return;
    setDraft({ ...pending, saving: true });
    const done = await act(() => call('app:mentions.resize', { mentionId: pending.id, start: pending.start, end: pending.end }));
    if (done === null) setDraft(null);
  }, [act, setDraft]);
  useEffect(() => {
    if (!draft || draft.saving) return;
    const timer = setTimeout(() => void flushDraft(), DRAFT_SAVE_MS);
    return () => clearTimeout(timer);
  }, [draft, flushDraft]);

  const review = useCallback(
    async (status: 'accepted' | 'rejected' | 'suggested') => {
      if (!focused) return;
      await flushDraft();
      // Move on to the next suggestion, as a reviewer working through the document expects.
      const next = neighbour(mentions, focused.id, true, true);
      await act(() => call('app:mentions.review', { mentionIds: [focused.id], status }));
      if (status !== 'suggested' && next !== null) setFocusedId(next);
    },
    [focused, mentions, act, flushDraft, setFocusedId],
  );

  const retype = useCallback(
    async (type: EntityTypeName) => {
      if (!focused || focused.type === type) return;
      await flushDraft();
      await act(() => call('app:mentions.retype', { mentionId: focused.id, type }));
    },
    [focused, act, flushDraft],
  );

  const remove = useCallback(async () => {
    if (!focused) return;
    setDraft(null);
    const next = neighbour(mentions, focused.id, true, false) ?? neighbour(mentions, focused.id, false, false);
    await act(() => call('app:mentions.delete', { mentionId: focused.id }));
    setFocusedId(next);
  }, [focused, mentions, act, setFocusedId, setDraft]);

  const add = useCallback(
    async (start: number, end: number, type: EntityTypeName) => {
      await flushDraft();
      // A name already highlighted exactly there is confirmed (and retyped) rather than doubled.
      const same = mentions.find((m) => m.start === start && m.end === end);
      if (same) {
        setFocusedId(same.id);
        if (same.type !== type) await act(() => call('app:mentions.retype', { mentionId: same.id, type }));
        else if (same.status !== 'accepted') await act(() => call('app:mentions.review', { mentionIds: [same.id], status: 'accepted' }));
        return;
      }
      const created = await act(() => call('app:mentions.add', { documentId, start, end, type }));
      if (created) setFocusedId(created.id);
    },
    [documentId, mentions, act, flushDraft, setFocusedId],
  );

  /** Sets the focused mention's span to a selection that overlaps it (the mouse way to fix a boundary). */
  const resizeTo = useCallback(
    async (start: number, end: number) => {
      if (!focused) return;
      setDraft(null);
      await act(() => call('app:mentions.resize', { mentionId: focused.id, start, end }));
    },
    [focused, act, setDraft],
  );

  /** Runs a reader key command; returns false when it did not apply (so the key keeps its default). */
  const run = useCallback(
    (command: ReviewCommand): boolean => {
      switch (command.kind) {
        case 'next':
        case 'previous': {
          const id = neighbour(mentions, focusedId, command.kind === 'next', command.suggestedOnly);
          if (id !== null) {
            void flushDraft();
            setFocusedId(id);
          } else {
            notify(t(command.suggestedOnly ? 'review.noMoreSuggestions' : 'review.noMoreMentions'));
          }
          return true;
        }
        case 'accept':
          void review('accepted');
          return focused !== null;
        case 'reject':
          void review('rejected');
          return focused !== null;
        case 'retype':
          void retype(command.type);
          return focused !== null;
        case 'delete':
          void remove();
          return focused !== null;
        case 'resize': {
          if (!focused) return false;
          if (draft?.saving) return true;
          const moved = moveEdge(text, focused, command.edge, command.forward, command.byWord);
          if (moved) setDraft({ id: focused.id, ...moved, saving: false });
          return true;
        }
        case 'escape':
          if (draft && !draft.saving) setDraft(null);
          else if (focusedId !== null) setFocusedId(null);
          else return false;
          return true;
      }
    },
    [mentions, focusedId, focused, text, draft, review, retype, remove, flushDraft, setFocusedId, setDraft, notify, t],
  );

  return { mentions, loaded: loaded !== null, focused, focusedId, setFocusedId, drafting: draft !== null, review, retype, remove, add, resizeTo, run };
}

export type MentionReview = ReturnType<typeof useMentionReview>;
