/**
 * Claim (attribution) extraction for Arabic and English news: who said what, when. Rules, no
 * model: find cues (reporting verbs, participles, بحسب/according to, نقلت ... عن X قوله), read
 * the speaker phrase next to each (VSO in Arabic, SVO or inverted in English), take the content
 * from the opener (إنّ/أنّ، إلى، colon, quotation, that) to the clause end or the next cue, then
 * resolve speakers over the document (full names, titles, pronouns, carried subjects) and date
 * each claim. Entities and dates from NER/findDates are optional refinements.
 */
import { classifyArabic } from './arabicCues';
import { readArabicFrames } from './arabicFrames';
import { claimDate } from './claimDate';
import { addContinuations } from './continuations';
import { analyse } from './doc';
import type { Frame } from './frame';
import { ENGLISH_CUES } from './englishLexicon';
import { readEnglishFrames } from './englishFrames';
import { normalizeForSearch } from '../normalize';
import { resolveSpeakers } from './resolveSpeakers';
import type { Claim, ExtractClaimsOptions } from './types';

export type { Claim, ClaimLanguage, DateMention, EntitySpan, ExtractClaimsOptions, StatementKind } from './types';

function isCueWord(language: 'ar' | 'en', word: string): boolean {
  return language === 'ar' ? classifyArabic(normalizeForSearch(word)) !== null : ENGLISH_CUES.has(word) || word === 'according';
}

/**
 * "He said the plan, which he said was costly, would go ahead" is one claim: a report inside
 * another claim's content by a pronoun (the same speaker) is not repeated.
 */
function withoutSelfNesting(frames: Frame[]): Frame[] {
  return frames.filter((f) => f.mention?.kind !== 'pronoun' || !frames.some((o) => o !== f && o.content[0] <= f.cue[0] && f.cue[1] <= o.content[1]));
}

/** Every attributed statement in text, in document order. Pure; offsets index text as given. */
export function extractClaims(text: string, options: ExtractClaimsOptions): Claim[] {
  const doc = analyse(text, options.entities);
  const read = options.language === 'ar' ? readArabicFrames(doc) : readEnglishFrames(doc);
  const frames = addContinuations(doc, withoutSelfNesting(read), (w) => isCueWord(options.language, w));
  const speakers = resolveSpeakers(doc, frames, options.language);
  return frames
    .map((frame): Claim => {
      const resolved = speakers.get(frame) ?? { speaker: null, speakerSpan: null };
      const when = claimDate(doc, frame, options.dates, options.documentDate);
      return {
        kind: 'attributed',
        speaker: resolved.speaker,
        speakerSpan: resolved.speakerSpan,
        cue: frame.cue,
        contentSpan: frame.content,
        direct: frame.direct,
        ...(frame.medium ? { medium: frame.medium } : {}),
        ...(frame.outlet ? { outlet: frame.outlet } : {}),
        ...(when ? { when } : {}),
        confidence: resolved.speaker ? frame.confidence : Math.min(frame.confidence, 0.5),
      };
    })
    .sort((a, b) => a.contentSpan[0] - b.contentSpan[0] || a.cue[0] - b.cue[0]);
}
