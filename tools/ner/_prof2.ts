import fs from 'node:fs';
import { loadNerModel } from '../../shared/nlp/ner/model';
import { computeWordInfo, vocabularyStem, wordShape } from '../../shared/nlp/ner/wordFeatures';
import { lexKey, matchKey } from '../../shared/nlp/ner/resources';
import { readSplit } from './corpus';
const m = loadNerModel(new Uint8Array(fs.readFileSync(`assets/models/ner-ar.bin`)));
const words = [...new Set(readSplit('ar', 'test').flatMap((d) => d.flatMap((s) => s.tokens)))];
console.log(words.length, 'types');
const time = (name: string, f: (w: string) => unknown) => { const t = performance.now(); for (const w of words) f(w); console.log(name, ((performance.now() - t) / words.length * 1000).toFixed(2), 'us/word'); };
for (let k = 0; k < 2; k++) {
time('lexKey', (w) => lexKey('ar', w));
time('matchKey', (w) => matchKey(w));
time('shape', (w) => wordShape(w));
time('stem', (w) => vocabularyStem(w, m.resources.vocabRank));
time('info', (w) => computeWordInfo(m.resources, w));
}
