import { Fragment, useEffect, useMemo, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { Mention } from '../../../../shared/domain/schemas';
import { useI18n } from '../../i18n/I18nContext';
import { isTypingTarget } from '../../lib/listNavigation';
import { describeMention, typeShort } from './mentionLabels';
import { paragraphsOf, segmentsOf, type Segment } from './segments';

/** The cue or the content of a claim, as a highlight in the text. */
export interface ClaimPart {
  id: number;
  start: number;
  end: number;
  role: 'cue' | 'content';
}

interface Props {
  text: string;
  lang: string | undefined;
  mentions: readonly Mention[];
  claimParts: readonly ClaimPart[];
  activeClaimId: number | null;
  focusedId: number | null;
  /** True until the mentions and claims have loaded (the text re-renders then). */
  busy: boolean;
  bodyRef: RefObject<HTMLDivElement | null>;
  onFocusMention: (id: number) => void;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
}

/**
 * The document text, one paragraph per line with its own direction, cut into segments at every
 * mention and claim boundary so nested and overlapping spans render without breaking the markup.
 */
export function AnnotatedText({ text, lang, mentions, claimParts, activeClaimId, focusedId, busy, bodyRef, onFocusMention, onKeyDown }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const paragraphs = useMemo(() => paragraphsOf(text), [text]);
  const lastFocused = useRef<number | null>(null);

  // Keyboard focus follows the focused mention, also when a reload re-creates its element; focus
  // elsewhere (a field, a button in the side panel) is never taken away.
  useEffect(() => {
    const body = bodyRef.current;
    const el = focusedId === null ? null : body?.querySelector<HTMLElement>(`[data-heads~="${focusedId}"]`);
    if (!body || !el || el === document.activeElement) return;
    const moved = focusedId !== lastFocused.current;
    const active = document.activeElement;
    if (!moved && active !== document.body && !body.contains(active)) return;
    if (isTypingTarget(active)) return;
    lastFocused.current = focusedId;
    el.focus({ preventScroll: !moved });
    if (moved) el.scrollIntoView({ block: 'nearest' });
  });

  const renderSegment = (seg: Segment<Mention, ClaimPart>) => {
    const slice = text.slice(seg.start, seg.end);
    const claimClasses = [...new Set(seg.claims.map((c) => `claim-${c.role}${c.id === activeClaimId ? ' claim--active' : ''}`))];
    const inner = seg.mentions[seg.mentions.length - 1];
    if (!inner) {
      // Plain text stays a bare text node of the paragraph (its font and direction are the paragraph's).
      if (claimClasses.length === 0) return <Fragment key={seg.start}>{slice}</Fragment>;
      return (
        <span key={seg.start} data-start={seg.start} className={claimClasses.join(' ')}>
          {slice}
        </span>
      );
    }
    const heads = seg.mentions.filter((m) => m.start === seg.start);
    const focusedHere = seg.mentions.some((m) => m.id === focusedId);
    const classes = [
      'mention',
      `mention--${inner.type}`,
      `mention--${inner.status}`,
      seg.mentions.length > 1 ? 'mention--nested' : '',
      seg.end === inner.end ? 'mention--tail' : '',
      heads.length > 0 ? 'mention--head' : '',
      focusedHere ? 'is-focused' : '',
      ...claimClasses,
    ];
    return (
      <mark
        key={seg.start}
        data-start={seg.start}
        data-mention-id={inner.id}
        data-heads={heads.length > 0 ? heads.map((m) => m.id).join(' ') : undefined}
        data-label={heads.length > 0 ? heads.map((m) => typeShort(t, m.type)).join(' · ') : undefined}
        className={classes.filter(Boolean).join(' ')}
        tabIndex={heads.some((m) => m.id === focusedId) ? 0 : -1}
        aria-label={heads.length > 0 ? `${inner.text} — ${describeMention(i18n, inner)}` : undefined}
        title={describeMention(i18n, inner)}
        onClick={() => window.getSelection()?.isCollapsed !== false && onFocusMention(inner.id)}
      >
        {slice}
      </mark>
    );
  };

  return (
    <div
      ref={bodyRef}
      className="reader__body annotated"
      lang={lang}
      tabIndex={0}
      role="region"
      aria-label={t('review.textLabel')}
      aria-describedby="review-keys-hint"
      aria-busy={busy}
      onKeyDown={onKeyDown}
    >
      {paragraphs.map((p) => (
        <p key={p.start} dir="auto" data-start={p.start} data-end={p.end}>
          {segmentsOf(p, mentions, claimParts).map(renderSegment)}
        </p>
      ))}
    </div>
  );
}
