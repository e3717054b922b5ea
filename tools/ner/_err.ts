import fs from 'node:fs';
import { loadNerModel } from '../../shared/nlp/ner/model';
import { bilouToBio, bioSpans } from '../../shared/nlp/ner/tags';
import { readSplit } from './corpus';
const model = loadNerModel(new Uint8Array(fs.readFileSync(process.argv[2]!)));
const docs = readSplit('ar', 'dev');
const fn: Record<string, number> = {}; const fp: Record<string, number> = {};
for (const doc of docs) {
  const pred = model.labelDocument(doc.map((s) => s.tokens));
  doc.forEach((s, i) => {
    const p = bioSpans(bilouToBio(pred[i]!.tags)); const g = bioSpans(s.tags);
    const key = (x: { type: string; start: number; end: number }) => `${x.type} ${s.tokens.slice(x.start, x.end).join(' ')}`;
    const pk = new Set(p.map(key)); const gk = new Set(g.map(key));
    for (const x of g) if (!pk.has(key(x))) fn[key(x)] = (fn[key(x)] ?? 0) + 1;
    for (const x of p) if (!gk.has(key(x))) fp[key(x)] = (fp[key(x)] ?? 0) + 1;
  });
}
const top = (o: Record<string, number>) => Object.entries(o).sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, v]) => `${v} ${k}`).join(' | ');
console.log('MISSED:', top(fn)); console.log('FALSE:', top(fp));
