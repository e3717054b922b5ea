/**
 * Our annotation conventions (../shared/data/gold/README.md), applied to what a model trained on
 * newswire corpora proposes: a possessive 's is not part of a name, and adjectives or group nouns
 * of nationality and religion (Iranian, South Korean, Muslims), which CoNLL tags MISC, are not
 * entities in a case file.
 */
export interface Span {
  type: string;
  start: number;
  end: number;
  text: string;
}

const POSSESSIVE = /['’]s$/;
const QUALIFIER = new Set(['north', 'south', 'east', 'west', 'new', 'anti', 'pro']);
const GROUP_WORDS = new Set([
  'muslim', 'muslims', 'christian', 'christians', 'jew', 'jews', 'jewish', 'buddhist', 'buddhists', 'hindu', 'hindus',
  'sunni', 'sunnis', 'shia', 'shiite', 'shiites', 'catholic', 'catholics', 'protestant', 'protestants', 'arab', 'arabs',
  'kurd', 'kurds', 'kurdish', 'yazidi', 'yazidis', 'sikh', 'sikhs',
]);
const DEMONYM = /^[A-Z][a-z]+(?:ian|ean|an|ese|ish|i|ic|er)s?$/;

function isDemonymPhrase(text: string): boolean {
  const words = text.split(/[\s-]+/).filter(Boolean);
  const last = words[words.length - 1];
  if (!last || /\d/.test(text)) return false;
  const head = GROUP_WORDS.has(last.toLowerCase()) || DEMONYM.test(last);
  return head && words.slice(0, -1).every((w) => QUALIFIER.has(w.toLowerCase()) || DEMONYM.test(w) || /^[A-Z][a-z]+$/.test(w));
}

export function applyEnglishConventions<T extends Span>(spans: readonly T[], text: string): T[] {
  const out: T[] = [];
  for (const s of spans) {
    let end = s.end;
    const m = POSSESSIVE.exec(text.slice(s.start, end));
    if (m) end -= m[0].length;
    if (end <= s.start) continue;
    const surface = text.slice(s.start, end);
    if (s.type === 'MISC' && (isDemonymPhrase(surface) || /^(anti|pro)-/i.test(surface))) continue;
    out.push({ ...s, end, text: surface });
  }
  return out;
}
