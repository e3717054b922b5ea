/** English speaker phrases: the noun phrase before a reporting verb, or after it when inverted. */
import { ATTACHING, CONNECTORS, DESCRIPTIVE_HEADS, DETERMINERS, NON_SPEAKERS, ORG_WORDS, PRONOUNS, TITLES_EN } from './englishLexicon';
import type { Doc } from './doc';
import type { Mention } from './frame';
import type { Token } from './textUnits';

const PARTICLES = /^(al|el|bin|ibn|de|van|von|da|du|la)-/;

export function isCapitalised(tok: Token): boolean {
  return tok.isWord && (/^\p{Lu}/u.test(tok.text) || PARTICLES.test(tok.text));
}

function isTitleWord(tok: Token): boolean {
  return TITLES_EN.has(tok.norm.replace(/\.$/, ''));
}

function personOf(words: Token[], titled: boolean): boolean | undefined {
  if (words.some((t) => ORG_WORDS.has(t.norm))) return false;
  if (titled) return true;
  if (words.length === 1) return /^\p{Lu}+$/u.test(words[0]!.text) ? false : undefined;
  return words.every((t) => isCapitalised(t) || CONNECTORS.has(t.norm)) ? undefined : false;
}

/** Builds a mention from tokens [first, last], dropping titles in front of a name. */
function mentionFromRun(doc: Doc, first: number, last: number, extraDescriptors: string[] = []): Mention {
  const run = doc.tokens.slice(first, last + 1);
  let lastTitle = -1;
  // Titles and lowercase heads stand before a name ("Prime Minister John Key", "news agency Tass"),
  // and so does a body's name: "Refugee Council Enver Solomon".
  run.forEach((t, k) => {
    const bodyBeforeName = ORG_WORDS.has(t.norm) && k + 2 < run.length && run.slice(k + 1).every(isCapitalised);
    if (isTitleWord(t) || (DESCRIPTIVE_HEADS.has(t.norm) && !isCapitalised(t)) || bodyBeforeName) lastTitle = k;
  });
  const descriptors = [...run.filter((t) => t.isWord && !isCapitalised(t)).map((t) => t.norm), ...run.filter(isTitleWord).map((t) => t.norm), ...extraDescriptors];
  // "Lydia Buchtmann for Food Standards Australia": the person, not the body she speaks for.
  const forAt = run.findIndex((t, k) => t.norm === 'for' && k > lastTitle + 1);
  if (forAt > 0 && run.slice(lastTitle + 1, forAt).every(isCapitalised)) return mentionFromRun(doc, first, first + forAt - 1, extraDescriptors);
  const nameFrom = lastTitle + 1;
  const nameTokens = run.slice(nameFrom);
  const isName = nameTokens.length > 0 && isCapitalised(nameTokens[0]!) && !DESCRIPTIVE_HEADS.has(run[run.length - 1]!.norm);
  const from = isName ? first + nameFrom : first;
  const start = doc.tokens[from]!.start;
  const end = doc.tokens[last]!.end;
  const words = doc.tokens.slice(from, last + 1);
  const head = run[run.length - 1]!.norm;
  return {
    start,
    end,
    text: doc.text.slice(start, end),
    kind: isName ? 'name' : 'description',
    descriptors,
    plural: !isName && /s$/.test(head) && !/ss$/.test(head),
    person: personOf(words, lastTitle >= 0),
  };
}

function pronounMention(tok: Token): Mention | null {
  const p = PRONOUNS[tok.norm];
  if (!p) return null;
  return { start: tok.start, end: tok.end, text: tok.text, kind: 'pronoun', descriptors: [], plural: p.plural, ...(p.person === undefined ? {} : { person: p.person }) };
}

const POSSESSIVE_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'my', 'these', 'those']);
const TIME_NOUNS = new Set(['week', 'year', 'month', 'day', 'time', 'morning', 'evening', 'night', 'weekend', 'decade', 'century']);

/** A lowercase noun led by a determiner or possessive ("the report's authors", "these scientists"). */
function determinedNoun(doc: Doc, j: number, floor: number): boolean {
  const tok = doc.tokens[j]!;
  if (/(ing|ly|ed)$/.test(tok.norm) || tok.norm.length < 3 || TIME_NOUNS.has(tok.norm)) return false;
  for (let p = j - 1; p >= floor && p >= j - 3; p--) {
    const t = doc.tokens[p]!;
    if (POSSESSIVE_DETERMINERS.has(t.norm) || (t.norm === 's' && doc.tokens[p - 1]?.text === "'")) return true;
    if (!t.isWord) return false;
  }
  return false;
}

/** The noun phrase ending at token j (its last word), or null. */
export function phraseBefore(doc: Doc, j: number, floor: number, extraDescriptors: string[] = []): Mention | null {
  const tok = doc.tokens[j];
  if (!tok || !tok.isWord || NON_SPEAKERS.has(tok.norm)) return null;
  const pronoun = pronounMention(tok);
  if (pronoun) return pronoun;
  const descriptive = DESCRIPTIVE_HEADS.has(tok.norm) || determinedNoun(doc, j, floor);
  if (!isCapitalised(tok) && !descriptive) return null;
  let p = j;
  while (p - 1 >= floor) {
    const prev = doc.tokens[p - 1]!;
    if (!prev.isWord || DETERMINERS.has(prev.norm) || (prev.norm === 's' && doc.tokens[p - 2]?.text === "'")) break;
    const lowercaseModifier = descriptive && !isCapitalised(prev) && j - p < 3 && !CONNECTORS.has(prev.norm) && !/(ed|ly)$/.test(prev.norm);
    const inside = isCapitalised(prev) || isTitleWord(prev) || (CONNECTORS.has(prev.norm) && p - 2 >= floor && isCapitalised(doc.tokens[p - 2]!));
    if (!inside && !lowercaseModifier) break;
    p--;
  }
  while (p < j && CONNECTORS.has(doc.tokens[p]!.norm)) p++;
  return mentionFromRun(doc, p, j, extraDescriptors);
}

/** The noun phrase starting at token k (inverted order: "said KCNA", "added the minister"). */
export function phraseAfter(doc: Doc, k: number, last: number): Mention | null {
  let p = k;
  const first = doc.tokens[p];
  if (!first) return null;
  const pronoun = pronounMention(first);
  if (pronoun) return pronoun;
  while (p < last && DETERMINERS.has(doc.tokens[p]!.norm)) p++;
  for (;;) {
    let q = p;
    while (q < last) {
      const t = doc.tokens[q]!;
      const modifier = t.isWord && /^\p{Ll}+$/u.test(t.text) && !CONNECTORS.has(t.norm) && !DETERMINERS.has(t.norm) && !ATTACHING.has(t.norm);
      const headNext = modifier && [1, 2].some((d) => DESCRIPTIVE_HEADS.has(doc.tokens[q + d]?.norm ?? ''));
      const ok = isCapitalised(t) || isTitleWord(t) || DESCRIPTIVE_HEADS.has(t.norm) || (CONNECTORS.has(t.norm) && q > p) || headNext;
      if (!ok) break;
      q++;
    }
    while (q > p && CONNECTORS.has(doc.tokens[q - 1]!.norm)) q--;
    if (q === p) return null;
    // "Saudi Arabia's Civil Defense Authority", "North Korea's main news agency KCNA": the possessed noun.
    if (doc.tokens[q]?.text === "'" && doc.tokens[q + 1]?.norm === 's') {
      let r = q + 2;
      while (r < last && r < q + 6 && doc.tokens[r]!.isWord && !isCapitalised(doc.tokens[r]!)) r++;
      const next = doc.tokens[r];
      if (next && r < last && isCapitalised(next)) {
        p = r;
        continue;
      }
    }
    return mentionFromRun(doc, p, q - 1);
  }
}
