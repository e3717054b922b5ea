import { nameKey } from '../domain/nameKey';
import { type GazetteerEntry, type GazetteerMatch, matchGazetteer } from './caseGazetteer';

/** What a case has taught: names confirmed in it, and name texts rejected in it (nameKey forms). */
export interface CaseKnowledge {
  gazetteer: GazetteerEntry[];
  rejected: Set<string>;
}

/**
 * One-word case names that are among the most frequent words of the news are not matched in other
 * documents: "بان" (Ban Ki-moon) would otherwise match every "بأن", a person called "دين" every
 * mention of religion. The model finds such frequent names by itself; the case gazetteer is for
 * the rare ones it misses. (eval:adapt, 8 corrected documents, next 4: see tools/ner/README.md.)
 */
export const COMMON_WORD_RANK = 3000;

/** The entries worth matching: several words, or one word outside the `COMMON_WORD_RANK` most frequent. */
export function matchableEntries(entries: readonly GazetteerEntry[], rank: (word: string) => number | undefined): GazetteerEntry[] {
  return entries.filter((e) => nameKey(e.name).includes(' ') || (rank(e.name) ?? Infinity) >= COMMON_WORD_RANK);
}

interface Span {
  type: string;
  start: number;
  end: number;
  text: string;
}

/**
 * The model's spans less names the case rejected, plus confirmed case names the model missed
 * (source 'gazetteer', never overlapping a model span, built by `fromCase`); dates are kept.
 */
export function applyCaseKnowledge<S extends Span>(text: string, found: readonly S[], known: CaseKnowledge, fromCase: (match: GazetteerMatch) => S): (S & { source: 'model' | 'gazetteer' })[] {
  const model = found.filter((e) => e.type === 'DATE' || !known.rejected.has(nameKey(e.text))).map((e) => ({ ...e, source: 'model' as const }));
  const overlaps = (a: { start: number; end: number }) => model.some((m) => m.start < a.end && a.start < m.end);
  const added = matchGazetteer(text, known.gazetteer)
    .filter((g) => !overlaps(g))
    .map((g) => ({ ...fromCase(g), source: 'gazetteer' as const }));
  return [...model, ...added].sort((a, b) => a.start - b.start);
}
