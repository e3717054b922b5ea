/** Reads every English attribution into frames: X said (that) ..., "...", X said, according to X. */
import { trimContent } from './contentSpan';
import { sentenceTokens, type Doc } from './doc';
import { accordingFrame } from './englishAttribution';
import { contentFrom, hasWord, type Sentence } from './englishContent';
import { ATTACHING, DETERMINERS, ENGLISH_CUES, MEDIA_EN, PASSIVE_AUX, SKIPPABLE_BEFORE_CUE, TITLES_EN, type EnglishCueEntry } from './englishLexicon';
import { isCapitalised, phraseAfter, phraseBefore } from './englishSpeaker';
import type { Frame, Mention } from './frame';
import { enclosingQuote, QUOTE_MARKS, quoteEndingBefore } from './quotes';

const DATE_ADVERBS = new Set(['yesterday', 'today', 'tonight', 'earlier', 'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'on', 'last', 'week', 'month', 'this', 'morning', 'afternoon', 'evening', 'night']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const DATE_PART = /^(\d{1,4}(st|nd|rd|th)?|of|,|\.)$/u;

/** "on 15 March 2024 that", "in May that": the token after the date words, when "that" ends them. */
function pastDatedThat(doc: Doc, p: number, s: Sentence): number | null {
  const t = doc.tokens[p];
  if (t?.norm !== 'on' && t?.norm !== 'in') return null;
  let sawDate = false;
  for (let q = p + 1; q < s.last && q <= p + 5; q++) {
    const w = doc.tokens[q]!;
    if (w.norm === 'that') return sawDate ? q + 1 : null;
    if (MONTHS.has(w.norm)) sawDate = true;
    else if (!DATE_PART.test(w.norm)) return null;
  }
  return null;
}

/** Skips "that", commas, "on Tuesday", "on 15 March 2024 that", "in a statement" (kept as medium) after a verb. */
function skipToContent(doc: Doc, k: number, s: Sentence, entry: EnglishCueEntry, medium: { value?: string }): number {
  let p = k;
  if (entry.demand) {
    for (let q = p; q < s.last && q < p + 15; q++) {
      const norm = doc.tokens[q]!.norm;
      if (norm === 'for' && q === p) return q + 1;
      if (norm === 'to') return doc.tokens[q - 1]?.norm === 'not' ? q - 1 : q;
    }
  }
  if (entry.addressee) {
    const that = doc.tokens.slice(p, Math.min(s.last, p + 8)).findIndex((t) => t.norm === 'that' || t.text === ':' || QUOTE_MARKS.has(t.text));
    if (that >= 0) p += that;
    else {
      const who = phraseAfter(doc, p, s.last);
      if (who) while (p < s.last && doc.tokens[p]!.start < who.end) p++;
    }
  }
  // "said of his time at Second City that ...", "said to reporters that ...": past the phrase to "that".
  if (['of', 'about', 'to'].includes(doc.tokens[p]?.norm ?? '')) {
    const that = doc.tokens.slice(p, Math.min(s.last, p + 12)).findIndex((t) => t.norm === 'that' || t.text === ':' || t.text === ',');
    p = that >= 0 ? p + that : s.last;
  }
  for (;;) {
    const t = doc.tokens[p];
    if (!t || p >= s.last) return p;
    if (t.norm === 'that') return p + 1;
    const dated = pastDatedThat(doc, p, s);
    if (dated !== null) return dated;
    if (t.text === ',' || t.text === ':' || DATE_ADVERBS.has(t.norm)) {
      p++;
      continue;
    }
    if (t.norm === 'in' && doc.tokens.slice(p + 1, p + 4).some((w) => MEDIA_EN.has(w.norm))) {
      const mediumEnd = doc.tokens.slice(p + 1, p + 4).findIndex((w) => MEDIA_EN.has(w.norm)) + p + 1;
      medium.value ??= doc.text.slice(doc.tokens[p + 1]!.start, doc.tokens[mediumEnd]!.end).replace(/^(a|an|the)\s+/i, '');
      p = mediumEnd + 1;
      continue;
    }
    return p;
  }
}

const APPOSITIVE_SPAN = 30;

/**
 * An inverted subject with the body it hangs from ("said Ahmed Saleh of the Ministry of Oil",
 * "said a spokesman for the ministry"): the mention (a description takes the body into its text)
 * and where the whole phrase ends.
 */
function withAttachment(doc: Doc, m: Mention | null, s: Sentence): { mention: Mention; extent: number } | null {
  if (!m) return null;
  let k = doc.tokens.findIndex((t) => t.start >= m.end);
  if (!ATTACHING.has(doc.tokens[k]?.norm ?? '')) return { mention: m, extent: m.end };
  k++;
  const body = phraseAfter(doc, k, s.last);
  if (!body || m.kind === 'pronoun') return { mention: m, extent: m.end };
  const mention = m.kind === 'name' ? m : { ...m, end: body.end, text: doc.text.slice(m.start, body.end) };
  return { mention, extent: body.end };
}

/**
 * The speaker a body's name hangs from: "Ahmed Saleh of the Ministry of Oil said" is Ahmed Saleh;
 * "a spokesman for the ministry said" is that spokesman, described with the body.
 */
function headBeforeAttachment(doc: Doc, m: Mention, floor: number): Mention | null {
  let k = doc.tokens.findIndex((t) => t.start === m.start) - 1;
  if (DETERMINERS.has(doc.tokens[k]?.norm ?? '')) k--;
  if (k - 1 < floor || !ATTACHING.has(doc.tokens[k]?.norm ?? '')) return null;
  const head = phraseBefore(doc, k - 1, floor);
  if (!head || head.kind === 'pronoun') return null;
  if (head.kind === 'name') return head;
  return { ...head, end: m.end, text: doc.text.slice(head.start, m.end) };
}

/** The subject left of the cue: "X said", "X, a spokesman, said", "X, in remarks to Y, said". */
function subjectBefore(doc: Doc, i: number, s: Sentence, medium: { value?: string }): { mention: Mention; first: number } | null {
  let j = i - 1;
  while (j >= s.first && SKIPPABLE_BEFORE_CUE.has(doc.tokens[j]!.norm)) j--;
  const tok = doc.tokens[j];
  if (!tok || j < s.first) return null;
  // The phrase's first token, titles included ("Professor Eastman"), so a quote before it is found.
  const firstOf = (m: Mention): number => {
    let k = doc.tokens.findIndex((t) => t.start === m.start);
    while (k - 1 >= s.first && (isCapitalised(doc.tokens[k - 1]!) || TITLES_EN.has(doc.tokens[k - 1]!.norm))) k--;
    return k;
  };
  if (tok.isWord) {
    const m = phraseBefore(doc, j, s.first);
    if (!m) return null;
    const head = headBeforeAttachment(doc, m, s.first);
    return head ? { mention: head, first: firstOf(head) } : { mention: m, first: firstOf(m) };
  }
  if (tok.text !== ',') return null;
  // Walk back over appositives set off by commas to the name they describe.
  const described: string[] = [];
  const lastComma = j;
  for (let c = j - 1; c >= s.first - 1 && c > lastComma - APPOSITIVE_SPAN; c--) {
    if (c < s.first) {
      // "Lydia Buchtmann for Food Standards Australia, says": a subject set off by a lone comma.
      const m = lastComma === j ? phraseBefore(doc, j - 1, s.first) : null;
      return m && m.kind === 'name' ? { mention: m, first: firstOf(m) } : null;
    }
    const t = doc.tokens[c]!;
    if (QUOTE_MARKS.has(t.text)) return null;
    if (t.text !== ',') continue;
    const inner = doc.tokens.slice(c + 1, j);
    if (inner[0]?.norm === 'in' && inner.some((w) => MEDIA_EN.has(w.norm))) medium.value ??= doc.text.slice(inner[1]!.start, inner[inner.length - 1]!.end).replace(/^(a|an|the)\s+/i, '');
    described.push(...inner.filter((w) => w.isWord && !isCapitalised(w)).map((w) => w.norm));
    const m = phraseBefore(doc, c - 1, s.first, described);
    if (m && m.kind === 'name') return { mention: m, first: firstOf(m) };
    j = c;
  }
  return null;
}

/** Whether token k ends a clause (punctuation or the sentence end). */
function endsClause(doc: Doc, k: number, s: Sentence): boolean {
  const t = doc.tokens[k];
  return k >= s.last || t === undefined || (!t.isWord && !QUOTE_MARKS.has(t.text)) || QUOTE_MARKS.has(t.text);
}


/** A quotation closing just before token b (commas between): `"...", X said`. */
function quoteBefore(doc: Doc, b: number): [number, number] | null {
  const tok = doc.tokens[b];
  const q = tok ? quoteEndingBefore(doc.text, doc.quotes, tok.start) : undefined;
  return q ? trimContent(doc.text, q.open + 1, q.close!) : null;
}

function cueFrame(doc: Doc, i: number, entry: EnglishCueEntry): Frame | null {
  const s = sentenceTokens(doc, i);
  const tok = doc.tokens[i]!;
  const medium: { value?: string } = {};
  let cueEnd = tok.end;
  if (tok.norm === 'called') {
    const next = doc.tokens[i + 1]?.norm;
    if (next !== 'for' && next !== 'on' && next !== 'upon') return null;
    cueEnd = doc.tokens[i + 1]!.end;
  }
  let mention: Mention | null = null;
  let leftEdge = i;
  const before = entry.participle ? null : subjectBefore(doc, i, s, medium);
  // "like she said", "as he said": a parenthetical about something else, not a report.
  if (before && ['like', 'as'].includes(doc.tokens[before.first - 1]?.norm ?? '')) return null;
  if (before) {
    mention = before.mention;
    leftEdge = before.first;
  }
  const prevWord = doc.tokens[i - 1];
  if (entry.participle && prevWord?.text !== ',' && prevWord?.norm !== 'and') return null;
  let content: { span: [number, number]; direct: boolean } | null = null;
  const quoted = quoteBefore(doc, leftEdge);
  if (!mention && !entry.participle) {
    const after = withAttachment(doc, phraseAfter(doc, i + 1, s.last), s);
    const inverted = after && endsClause(doc, doc.tokens.findIndex((t) => t.start >= after.extent), s) ? after.mention : null;
    const quotedBefore = quoteBefore(doc, i);
    if (inverted && quotedBefore) {
      mention = inverted;
      content = { span: quotedBefore, direct: true };
    } else if (inverted && prevWord?.text === ',') {
      const span = trimContent(doc.text, s.range.start, prevWord.start);
      if (span) content = { span, direct: false };
      mention = inverted;
    } else if (prevWord?.norm !== 'and') return null;
  }
  if (!content && quoted) content = { span: quoted, direct: true };
  if (!content) {
    const next = doc.tokens[i + 1];
    const clauseEnd = next === undefined || ['.', ',', '!', '?', ';'].includes(next.text);
    if (entry.ambiguous && next?.norm !== 'that' && !clauseEnd && mention?.kind !== 'pronoun') return null;
    content = contentFrom(doc, skipToContent(doc, i + 1, s, entry, medium), s);
  }
  // "..., researchers say.": nothing follows the verb, so the content is the clause before.
  const beforeSubject = doc.tokens[leftEdge - 1];
  const endsSentence = ['.', '!', '?'].includes(doc.tokens[i + 1]?.text ?? '.');
  if (!hasWord(doc, content?.span ?? null) && beforeSubject?.text === ',' && endsSentence) {
    const span = trimContent(doc.text, s.range.start, beforeSubject.start);
    content = span ? { span, direct: false } : null;
  }
  if (!content || !hasWord(doc, content.span)) return null;
  return {
    cue: [tok.start, cueEnd],
    content: content.span,
    direct: content.direct,
    mention,
    sentence: s.range,
    names: [],
    confidence: mention ? (mention.kind === 'pronoun' ? 0.75 : 0.9) : 0.7,
    ...(medium.value ? { medium: medium.value } : {}),
  };
}

/** "According to ABC News, Basya also believes ...": the outlet of the inner claim, not a claim. */
function foldOutlets(frames: Frame[], attributions: Set<Frame>): Frame[] {
  const out: Frame[] = [];
  for (const f of frames) {
    const prev = out[out.length - 1];
    const inside = prev !== undefined && attributions.has(prev) && prev.content[0] <= f.cue[0] && f.cue[0] < prev.content[1];
    if (inside && prev.mention && f.mention && f.mention.kind !== 'pronoun') {
      out[out.length - 1] = { ...f, outlet: prev.outlet ?? prev.mention.text };
      continue;
    }
    out.push(f);
  }
  return out;
}

export function readEnglishFrames(doc: Doc): Frame[] {
  const frames: Frame[] = [];
  const attributions = new Set<Frame>();
  const consumed = new Set<number>();
  for (let i = 0; i < doc.tokens.length; i++) {
    const tok = doc.tokens[i]!;
    if (!tok.isWord || consumed.has(i) || enclosingQuote(doc.quotes, tok.start)) continue;
    const isAccording = (tok.norm === 'according' && doc.tokens[i + 1]?.norm === 'to') || tok.norm === 'quoting' || tok.norm === 'citing';
    if (isAccording) {
      const frame = accordingFrame(doc, i, frames, consumed);
      if (frame) {
        frames.push(frame);
        attributions.add(frame);
      }
      continue;
    }
    const entry = ENGLISH_CUES.get(tok.norm);
    if (!entry || (isCapitalised(tok) && i !== sentenceTokens(doc, i).first)) continue;
    const prev = doc.tokens[i - 1];
    if (prev && (PASSIVE_AUX.has(prev.norm) || prev.norm === 'to')) continue;
    const frame = cueFrame(doc, i, entry);
    if (frame) frames.push(frame);
  }
  return foldOutlets(frames, attributions);
}
