/**
 * Writes the unlabeled text of one language as space-separated tokens (our tokenizer), one
 * line per document, for fastText. Output goes outside the project (it is derived data).
 * Usage: tsx tools/ner/prepareCorpus.ts --lang ar --out /tmp/ar.tok
 */
import fs from 'node:fs';
import { tokenize } from '../../shared/nlp/tokenize';
import { argValue } from './args';
import { parseLangArg, UNLABELED } from './paths';
import { unlabeledLines } from './unlabeledLines';

async function main(): Promise<void> {
  const [lang] = parseLangArg(process.argv);
  const out = argValue('--out');
  if (!lang || !out) throw new Error('usage: prepareCorpus --lang ar|en --out FILE');
  const stream = fs.createWriteStream(out);
  for await (const line of unlabeledLines(UNLABELED[lang])) {
    const ok = stream.write(`${tokenize(line).map((t) => t.text).join(' ')}\n`);
    if (!ok) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => stream.end(() => resolve()));
}

void main();
