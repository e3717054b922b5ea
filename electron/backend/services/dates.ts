import type { Document, Mention } from '../../../shared/domain/schemas';
import { extractClaims, type EntitySpan } from '../../../shared/nlp/claims';
import { findDates, resolveDate } from '../../../shared/nlp/dates';
import { modelDatedClaims, setModelClaimDate } from '../../db/repositories/claims';
import { listMentions, setMentionValue } from '../../db/repositories/mentions';
import type { Db } from '../../db/driver';
import { sameClaim } from './claimMatch';

const isName = (m: Mention): m is Mention & { type: EntitySpan['type'] } => m.type !== 'DATE' && m.status !== 'rejected';

/**
 * Claims date the act of saying from dates and day words near the cue, or the publication date:
 * reading the text again against the new anchor gives each claim its new date. Claims the
 * extractor no longer finds, and dates a reviewer set, stay as they are.
 */
function reresolveClaimDates(db: Db, doc: Document, anchor: string | null, language: 'ar' | 'en', mentions: Mention[]): number {
  const claims = modelDatedClaims(db, doc.id);
  if (claims.length === 0) return 0;
  const fresh = extractClaims(doc.text, {
    language,
    entities: mentions.filter(isName).map((m) => ({ type: m.type, start: m.start, end: m.end, text: m.text })),
    documentDate: anchor ?? undefined,
    dates: findDates(doc.text, { anchor: anchor ?? undefined, language }),
  });
  let changed = 0;
  for (const claim of claims) {
    const match = fresh.find((c) => sameClaim(claim, c));
    if (!match) continue;
    const when = match.when ?? null;
    if (when === claim.when) continue;
    setModelClaimDate(db, claim.id, when);
    changed++;
  }
  return changed;
}

/** The day relative dates resolve against: the publication date, if known. */
export const anchorOf = (doc: { publishedAt: string | null }): string | null => (doc.publishedAt ? doc.publishedAt.slice(0, 10) : null);

/**
 * Resolves a document's dates again against its (changed) publication date: DATE mentions and the
 * extractor's claim dates. "Yesterday" follows the new date, absolute dates stay. Runs inside the
 * caller's command, which records and audits the rows; returns how many values changed.
 */
export function reresolveDates(db: Db, doc: Document, now: string): number {
  const anchor = anchorOf(doc);
  const language = doc.language === 'en' ? 'en' : 'ar';
  const mentions = listMentions(db, doc.id);
  let changed = 0;
  for (const m of mentions) {
    if (m.type !== 'DATE') continue;
    // Re-reading the text gives the same value for absolute dates and a new one for relative ones.
    const value = resolveDate({ text: m.text, value: null, relative: true }, anchor, language)?.iso ?? null;
    if (value === m.value) continue;
    setMentionValue(db, m.id, value, now);
    changed++;
  }
  return changed + reresolveClaimDates(db, doc, anchor, language, mentions);
}
