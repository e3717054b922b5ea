/**
 * The case gazetteer: names a reviewer confirmed in this case, found again in other documents,
 * exactly but for Arabic normalisation and attached proclitics (وبغداد, للموصل, بالرياض).
 */
import { nameKey } from '../domain/nameKey';
import { normalizeWithOffsets } from './normalize';
import { cliticReadings } from './tokenize';

export interface GazetteerEntry {
  name: string;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

export interface GazetteerMatch extends GazetteerEntry {
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/**
 * The forms a normalised word may stand for once its proclitics (و ف, then ب ك ل) are peeled
 * off, fewest letters cut first; entries keep their article, so بالموصل stands for الموصل.
 */
function candidates(word: string): { form: string; cut: number }[] {
  const out = [{ form: word, cut: 0 }];
  for (const r of cliticReadings(word)) {
    const cut = r.proclitics.length;
    if (cut === 0) continue;
    if (!r.article) out.push({ form: r.stem, cut });
    // للموصل: after ل the article's alif is not written, so لموصل stands for الموصل.
    else if (word.slice(cut).startsWith('ل')) out.push({ form: `ال${r.stem}`, cut });
  }
  return out.sort((x, y) => x.cut - y.cut);
}

export function matchGazetteer(text: string, entries: readonly GazetteerEntry[]): GazetteerMatch[] {
  const byFirst = new Map<string, { words: string[]; entry: GazetteerEntry }[]>();
  for (const entry of entries) {
    const words = nameKey(entry.name).match(WORD) ?? [];
    const first = words[0];
    if (!first) continue;
    const list = byFirst.get(first) ?? [];
    list.push({ words, entry });
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const { out, map } = normalizeWithOffsets(text);
  const words = [...out.matchAll(WORD)].map((m) => ({ word: m[0], at: m.index ?? 0 }));
  const matches: GazetteerMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    let found: { end: number; cut: number; entry: GazetteerEntry } | null = null;
    for (const c of candidates(w.word)) {
      for (const option of byFirst.get(c.form) ?? []) {
        const rest = option.words.slice(1);
        if (!rest.every((x, k) => words[i + 1 + k]?.word === x)) continue;
        const last = words[i + rest.length]!;
        found = { end: last.at + last.word.length, cut: c.cut, entry: option.entry };
        break;
      }
      if (found) break;
    }
    if (!found) continue;
    const start = map[w.at + found.cut] ?? 0;
    const end = map[found.end] ?? text.length;
    matches.push({ ...found.entry, start, end, text: text.slice(start, end) });
    i += (nameKey(found.entry.name).match(WORD)?.length ?? 1) - 1;
  }
  return matches;
}
