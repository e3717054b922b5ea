import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Backend } from '../backend/openBackend';
import { UsageError, type CliArgs } from './args';

const FORMATS = ['json', 'csv'] as const;
type Format = (typeof FORMATS)[number];
const isFormat = (value: string): value is Format => FORMATS.some((f) => f === value);

/** The export format asked for; checked before anything is read. */
export function exportFormat(args: CliArgs): Format {
  const format = args.format ?? 'json';
  if (!isFormat(format)) throw new UsageError(`Unknown export format "${format}"; use --format json or --format csv.`);
  if (format === 'csv' && args.out === undefined) throw new UsageError('--format csv writes one file per table: give a folder with --out DIR.');
  return format;
}

/**
 * `export`: JSON goes to standard output unless --out names a folder; CSV is three tables
 * (entities, claims, documents) written into the --out folder. Returns what to print.
 */
export async function exportForCli(backend: Backend, caseId: number, format: Format, args: CliArgs): Promise<string> {
  const { files } = await backend.call('app:export.build', { caseId, format, acceptedOnly: args.accepted });
  const dir = args.out;
  if (dir === undefined) return files.map((f) => f.text).join('');
  await mkdir(dir, { recursive: true });
  const paths = files.map((f) => join(dir, f.name));
  await Promise.all(files.map((f, i) => writeFile(paths[i]!, f.text, 'utf8')));
  return paths.map((p) => `Wrote ${p}\n`).join('');
}
