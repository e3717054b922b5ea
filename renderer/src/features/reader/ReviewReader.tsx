import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Claim, Document } from '../../../../shared/domain/schemas';
import { useWorkspace } from '../../app/WorkspaceContext';
import { useI18n } from '../../i18n/I18nContext';
import { call } from '../../lib/api';
import { latinKey } from '../../lib/latinKey';
import { isTypingTarget } from '../../lib/listNavigation';
import { useLoad } from '../../lib/useLoad';
import { AuditDialog } from '../audit/AuditDialog';
import { ClaimList } from '../claims/ClaimList';
import { AddMentionPopover } from '../review/AddMentionPopover';
import { AnnotatedText, type ClaimPart } from '../review/AnnotatedText';
import { Legend } from '../review/Legend';
import { MentionPanel } from '../review/MentionPanel';
import { reviewCommand } from '../review/reviewKeys';
import { ShortcutHelp } from '../review/ShortcutHelp';
import { useMentionReview } from '../review/useMentionReview';
import { useTextSelection } from '../review/useTextSelection';
import '../review/review.css';

const claimParts = (claims: readonly Claim[]): ClaimPart[] =>
  claims.flatMap((c) => [
    { id: c.id, start: c.contentSpan[0], end: c.contentSpan[1], role: 'content' as const },
    { id: c.id, start: c.cue[0], end: c.cue[1], role: 'cue' as const },
  ]);

/** Keyboard focus handed between the document list and the reader. */
export interface FocusHandoff {
  /** A document was opened from the list: the text takes focus as soon as it shows, so review keys work at once. */
  requested: boolean;
  taken: () => void;
  /** Escape that nothing in the reader used: back to the list. */
  leave: () => void;
}

interface Props {
  doc: Document;
  meta: ReactNode;
  focus: FocusHandoff;
  onClose: () => void;
}

/** The reader as a review desk: highlighted text, keyboard review, the focused mention and the document's claims. */
export function ReviewReader({ doc, meta, focus, onClose }: Props) {
  const { t } = useI18n();
  const { version, onError } = useWorkspace();
  const review = useMentionReview(doc.id, doc.text);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [selection, clearSelection] = useTextSelection(bodyRef, doc.text);
  const [showClaims, setShowClaims] = useState(true);
  const [activeClaimId, setActiveClaimId] = useState<number | null>(null);
  const [dialog, setDialog] = useState<'help' | 'audit' | null>(null);
  const claims = useLoad(`document:${doc.id}`, version, () => call('app:claims.list', { documentId: doc.id }), onError);
  const parts = useMemo(() => (showClaims ? claimParts(claims ?? []) : []), [claims, showClaims]);
  const lang = doc.language === 'und' ? undefined : doc.language;
  const { requested: focusRequested, taken: focusTaken, leave } = focus;

  useEffect(() => {
    if (!focusRequested) return;
    bodyRef.current?.focus({ preventScroll: true });
    focusTaken();
  }, [focusRequested, focusTaken]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (isTypingTarget(e.target)) return;
    const rtl = e.target instanceof Element && getComputedStyle(e.target).direction === 'rtl';
    const command = reviewCommand(e, rtl);
    if (!command || !review.run(command)) return;
    e.preventDefault();
  };

  // Dialogs and the add popover take Escape before it gets here; what the text did not use goes back to the list.
  const onReaderKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape' || e.defaultPrevented || isTypingTarget(e.target) || selection) return;
    e.preventDefault();
    leave();
  };

  // "?" opens the shortcut list from anywhere in the window except a text field.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (latinKey(e) === '?' && !isTypingTarget(e.target) && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        setDialog('help');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const activateClaim = (claim: Claim) => {
    setActiveClaimId(claim.id);
    setShowClaims(true);
    bodyRef.current?.querySelector(`[data-start="${claim.contentSpan[0]}"]`)?.scrollIntoView({ block: 'center' });
  };

  return (
    <article className="reader" aria-labelledby="reader-title" onKeyDown={onReaderKeyDown}>
      <header className="reader__header">
        <h2 id="reader-title" className="reader__title" dir="auto" lang={lang}>
          {doc.title}
        </h2>
        <div className="reader__tools">
          <label className="field field--inline">
            <input type="checkbox" checked={showClaims} onChange={(e) => setShowClaims(e.target.checked)} />
            <span>{t('reader.showClaims')}</span>
          </label>
          <button type="button" className="button button--quiet" onClick={() => setDialog('audit')}>
            {t('audit.open')}
          </button>
          <button type="button" className="button button--quiet" aria-keyshortcuts="?" onClick={() => setDialog('help')}>
            {t('help.open')}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose} aria-label={t('reader.close')}>
            ×
          </button>
        </div>
      </header>
      {meta}
      <Legend showClaims={showClaims} />
      <p id="review-keys-hint" className="muted reader__hint">
        {t('review.hint')}
      </p>
      <div className="reader__layout">
        <AnnotatedText
          text={doc.text}
          lang={lang}
          mentions={review.mentions}
          claimParts={parts}
          activeClaimId={activeClaimId}
          focusedId={review.focusedId}
          busy={!review.loaded || claims === null}
          bodyRef={bodyRef}
          onFocusMention={review.setFocusedId}
          onKeyDown={onKeyDown}
        />
        <aside className="reader__side" aria-label={t('review.sideLabel')}>
          <MentionPanel review={review} documentId={doc.id} />
          <h3 className="reader__side-title">{t('claims.documentTitle')}</h3>
          <ClaimList documentId={doc.id} activeClaimId={activeClaimId} selection={selection} onActivate={activateClaim} />
        </aside>
      </div>
      {selection && (
        <AddMentionPopover
          selection={selection}
          selectedText={doc.text.slice(selection.start, selection.end)}
          movable={review.focused && review.focused.start < selection.end && selection.start < review.focused.end ? review.focused.text : null}
          onMove={() => {
            clearSelection();
            void review.resizeTo(selection.start, selection.end);
          }}
          onClose={clearSelection}
          onAdd={(type) => {
            clearSelection();
            void review.add(selection.start, selection.end, type);
          }}
        />
      )}
      {dialog === 'help' && <ShortcutHelp onClose={() => setDialog(null)} />}
      {dialog === 'audit' && <AuditDialog subject={{ documentId: doc.id }} title={doc.title} documentText={doc.text} onClose={() => setDialog(null)} />}
    </article>
  );
}
