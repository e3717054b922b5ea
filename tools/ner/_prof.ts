import fs from 'node:fs';
import { loadNerModel } from '../../shared/nlp/ner/model';
import { readSplit } from './corpus';
const lang = (process.argv[2] ?? 'ar') as 'ar' | 'en';
const bytes = new Uint8Array(fs.readFileSync(`assets/models/ner-${lang}.bin`));
let t = performance.now();
const m = loadNerModel(bytes);
console.log('load', (performance.now() - t).toFixed(0));
const docs = readSplit(lang, 'dev');
for (let k = 0; k < 2; k++) {
  t = performance.now();
  let n = 0;
  for (const d of docs) { m.labelDocument(d.map((s) => s.tokens)); n += d.reduce((a, s) => a + s.tokens.length, 0); }
  console.log('label tokens/s', Math.round(n / ((performance.now() - t) / 1000)));
}
