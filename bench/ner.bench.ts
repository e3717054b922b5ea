import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractDocument } from '../shared/nlp/extract';
import { loadNerModel, recognizeEntities, type NerModel } from '../shared/nlp/ner';
import { tokenize } from '../shared/nlp/tokenize';
import { readSplit } from '../tools/ner/corpus';
import { modelsDir, nerSplitPath, type Lang } from '../tools/ner/paths';
import { sharedPath } from './sharedData';

function loadTimed(lang: Lang): { model: NerModel; ms: number; bytes: number } {
  const bytes = readFileSync(join(modelsDir, `ner-${lang}.bin`));
  const t = performance.now();
  const model = loadNerModel(new Uint8Array(bytes));
  return { model, ms: performance.now() - t, bytes: bytes.byteLength };
}

export async function benchNer(): Promise<void> {
  for (const lang of ['ar', 'en'] as const) {
    const { model, ms, bytes } = loadTimed(lang);
    console.log(`${lang}: model ${(bytes / 1048576).toFixed(1)} MB, loaded in ${ms.toFixed(0)} ms`);
    if (existsSync(nerSplitPath(lang, 'test'))) {
      const docs = readSplit(lang, 'test').map((doc) => doc.map((s) => s.tokens));
      const tokens = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);
      // Document by document, as the app labels them (document memory spans a document), to tag
      // indices as extraction uses them (IOB2 strings are the CLI's output format). The first
      // pass computes every new word's features; later passes find them in the word cache (five
      // of them: one pass is short enough for a garbage collection to swing it).
      const pass = () => {
        const t = performance.now();
        for (const doc of docs) model.labelDocument(doc);
        return tokens / ((performance.now() - t) / 1000);
      };
      const rate = (r: number) => Math.round(r).toLocaleString('en');
      console.log(`${lang}: labelled ${tokens} test tokens at ${rate(pass())} tokens/s (first pass, one thread)`);
      const warm = Array.from({ length: 5 }, pass).sort((a, b) => a - b);
      console.log(`${lang}: warm, one thread: median ${rate(warm[2] ?? 0)} tokens/s (5 passes, ${rate(warm[0] ?? 0)}–${rate(warm[4] ?? 0)})`);
    }
    const articles = sharedPath('articles', lang);
    if (!articles) continue;
    const texts = readdirSync(articles)
      .filter((f) => f.endsWith('.txt'))
      .slice(0, 300)
      .map((f) => readFileSync(join(articles, f), 'utf8'));
    const tokenCount = texts.reduce((n, t) => n + tokenize(t).length, 0);
    let t = performance.now();
    for (const text of texts) recognizeEntities(model, text);
    let s = (performance.now() - t) / 1000;
    console.log(`${lang}: recognizeEntities on ${texts.length} articles: ${Math.round(tokenCount / s).toLocaleString('en')} tokens/s (tokenising and marginals included)`);
    t = performance.now();
    for (const text of texts) extractDocument(text, { models: { [lang]: model } });
    s = (performance.now() - t) / 1000;
    console.log(`${lang}: whole extraction (entities, dates, claims): ${(texts.length / s).toFixed(0)} articles/s, ${Math.round(tokenCount / s).toLocaleString('en')} tokens/s`);
  }
}
