/**
 * The whole extraction pipeline over one document: language → NER per language run → dates →
 * claims. Pure: models are passed in, the anchor date is passed in; offsets point into `text`.
 */
import type { Claim } from './claims';
import { extractClaims } from './claims';
import { findDates, findPublicationDate } from './dates';
import type { DateValue } from './dates';
import { detectLanguage, detectParagraphLanguages, type Language } from './langid';
import { recognizeEntities, type EntitySpan, type NerModel } from './ner';
import { gazBit, matchKey } from './ner/resources';
import { applyArabicConventions } from './arabicOrgPhrases';
import { applyEnglishConventions } from './entityConventions';
import { arabicVocabulary, type NewsWords, procliticLength } from './proclitics';

export type ExtractedEntity = {
  type: EntitySpan['type'] | 'DATE';
  start: number;
  end: number;
  text: string;
  confidence: number;
  /** DATE only: the ISO date or range it resolves to, when it resolves. */
  value?: string;
  date?: DateValue | null;
};

export interface Extraction {
  language: Language;
  /** The date relative expressions were resolved against, if any. */
  anchor: string | null;
  entities: ExtractedEntity[];
  claims: Claim[];
}

export interface ExtractOptions {
  models: Partial<Record<'ar' | 'en', NerModel>>;
  /** YYYY-MM-DD; else a date found in the text's header is used. */
  anchor?: string | null;
  /** Forces one language for the whole text; else each paragraph's own. */
  language?: 'ar' | 'en';
}

/** Consecutive paragraphs in the same language, so each model sees whole stretches of text. */
function languageRuns(text: string, forced: 'ar' | 'en' | undefined, fallback: 'ar' | 'en') {
  if (forced) return [{ start: 0, end: text.length, language: forced }];
  const runs: { start: number; end: number; language: 'ar' | 'en' }[] = [];
  for (const p of detectParagraphLanguages(text)) {
    const language = p.language === 'und' ? fallback : p.language;
    const last = runs[runs.length - 1];
    if (last && last.language === language) last.end = p.end;
    else runs.push({ start: p.start, end: p.end, language });
  }
  return runs;
}

const NAME_BITS = gazBit('FIRSTNAME') | gazBit('PER') | gazBit('LOC') | gazBit('ORG');

/** The model's word frequencies and name lists, for the proclitic cut. */
function newsWords(model: NerModel): NewsWords {
  const { vocabRank, gazetteer } = model.resources;
  return { rank: (key) => vocabRank.get(key), isName: (key) => ((gazetteer.get(matchKey(key)) ?? 0) & NAME_BITS) !== 0 };
}

export function extractDocument(text: string, options: ExtractOptions): Extraction {
  const detected = detectLanguage(text);
  const language: Language = options.language ?? detected;
  const main: 'ar' | 'en' = language === 'en' ? 'en' : 'ar';
  const names: ExtractedEntity[] = [];
  const vocabulary = arabicVocabulary(text);
  for (const run of languageRuns(text, options.language, main)) {
    const model = options.models[run.language];
    if (!model) continue;
    const runText = text.slice(run.start, run.end);
    const found = recognizeEntities(model, runText);
    const news = newsWords(model);
    for (const e of run.language === 'en' ? applyEnglishConventions(found, runText) : applyArabicConventions(found, runText)) {
      const start = e.start + run.start;
      const end = e.end + run.start;
      // Arabic tokens carry their proclitics (وكركوك); the name itself starts after them.
      const cut = run.language === 'ar' ? procliticLength(text.slice(start, end), vocabulary, news) : 0;
      if (start + cut < end) names.push({ ...e, start: start + cut, end, text: text.slice(start + cut, end) });
    }
  }
  const anchor = options.anchor ?? findPublicationDate(text);
  const dates = findDates(text, { anchor: anchor ?? undefined, language: main });
  const dateEntities: ExtractedEntity[] = dates.map((d) => ({
    type: 'DATE',
    start: d.start,
    end: d.end,
    text: d.text,
    confidence: d.value ? 0.9 : 0.6,
    ...(d.value ? { value: d.value.iso } : {}),
    date: d.value,
  }));
  // A date inside a name ("ثورة 14 تموز") stays part of the name, not a second overlapping span.
  const free = dateEntities.filter((d) => !names.some((n) => n.start < d.end && d.start < n.end));
  const entities = [...names, ...free].sort((a, b) => a.start - b.start || b.end - a.end);
  const claims = extractClaims(text, {
    language: main,
    entities: names.filter((n): n is ExtractedEntity & { type: EntitySpan['type'] } => n.type !== 'DATE'),
    documentDate: anchor ?? undefined,
    dates: dates.map((d) => ({ start: d.start, end: d.end, value: d.value })),
  });
  return { language, anchor: anchor ?? null, entities, claims };
}
