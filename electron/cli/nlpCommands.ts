import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '../../shared/ipc/result';
import { extractDocument } from '../../shared/nlp/extract';
import { tagConllText } from '../../shared/nlp/ner';
import { importerFor } from '../importers/registry';
import { nerModel, nerModels } from '../nlp/models';
import { UsageError, type CliArgs } from './args';
import type { Io } from './commands';

function language(args: CliArgs, required: boolean): 'ar' | 'en' | undefined {
  if (args.lang === undefined) {
    if (required) throw new UsageError('--lang ar or --lang en is required.');
    return undefined;
  }
  if (args.lang !== 'ar' && args.lang !== 'en') throw new UsageError(`--lang must be ar or en, not "${args.lang}".`);
  return args.lang;
}

function readInput(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError('not_found', code === 'ENOENT' ? `No such file: ${path}` : `Cannot read ${path} (${code ?? 'error'}).`);
  }
}

/** `casefile ner --lang ar|en --conll FILE`: token<TAB>BIO-tag per line, sentences as given. */
export function runNer(args: CliArgs, io: Io): number {
  const lang = language(args, true) as 'ar' | 'en';
  if (!args.conll) throw new UsageError('--conll FILE is required.');
  const model = nerModel(lang);
  if (!model) throw new UserError('not_found', `No ${lang} NER model is installed (assets/models/ner-${lang}.bin).`);
  io.out.write(tagConllText(model, readInput(args.conll).toString('utf8')));
  return 0;
}

/** `casefile extract FILE [--lang] [--date] --json`: entities and claims of the file's text as decoded. */
export async function runExtract(args: CliArgs, io: Io): Promise<number> {
  const [, file, ...extra] = args.positionals;
  if (!file || extra.length > 0) throw new UsageError('Give one file: casefile extract FILE --json');
  if (args.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.date)) throw new UsageError(`--date must be YYYY-MM-DD, not "${args.date}".`);
  const forced = language(args, false);
  const result = await importerFor(basename(file)).parse(new Uint8Array(readInput(file)), basename(file), {});
  const parsed = result.kind === 'articles' && result.articles.length === 1 ? result.articles[0] : undefined;
  if (!parsed) throw new UserError('unsupported', `${file} holds several articles; extract takes a file with one.`);
  const text = parsed.text;
  const ex = extractDocument(text, { models: nerModels(), anchor: args.date ?? parsed.publishedAt?.slice(0, 10) ?? null, language: forced });
  const output = {
    language: forced ?? ex.language,
    entities: ex.entities.map((e) => ({ type: e.type, start: e.start, end: e.end, text: e.text, ...(e.value !== undefined ? { value: e.value } : {}) })),
    claims: ex.claims.map((c) => ({
      speaker: c.speaker,
      speakerSpan: c.speakerSpan,
      cue: c.cue,
      contentSpan: c.contentSpan,
      direct: c.direct,
      ...(c.when ? { when: c.when } : {}),
    })),
  };
  io.out.write(args.json ? `${JSON.stringify(output, null, 2)}\n` : formatExtraction(text, output));
  return 0;
}

function formatExtraction(
  text: string,
  out: { language: string; entities: { type: string; text: string; value?: string }[]; claims: { speaker: string | null; contentSpan: [number, number] }[] },
): string {
  const lines = [`Language: ${out.language}`, `Entities (${out.entities.length}):`];
  for (const e of out.entities) lines.push(`  ${e.type.padEnd(5)} ${e.text}${e.value ? `  → ${e.value}` : ''}`);
  lines.push(`Claims (${out.claims.length}):`);
  for (const c of out.claims) lines.push(`  ${c.speaker ?? '(unknown speaker)'}: ${text.slice(c.contentSpan[0], c.contentSpan[1]).replace(/\s+/g, ' ')}`);
  return `${lines.join('\n')}\n`;
}
