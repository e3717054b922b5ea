import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { UserError } from '../../shared/ipc/result';

/** One file to import, read lazily so a batch of thousands never sits in memory at once. */
export interface ImportSource {
  name: string;
  size: number | null;
  read(): Promise<Uint8Array>;
  /** Set when the source could not even be listed (missing path, permission). */
  error?: UserError;
}

export function fromBytes(name: string, bytes: Uint8Array): ImportSource {
  return { name, size: bytes.byteLength, read: async () => bytes };
}

const isHidden = (name: string): boolean => name.startsWith('.');

async function walk(path: string, out: ImportSource[], exclude: ReadonlySet<string>): Promise<void> {
  const entries = await readdir(path, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = join(path, e.name);
    if (isHidden(e.name) || exclude.has(full)) continue;
    if (e.isDirectory()) await walk(full, out, exclude);
    else if (e.isFile()) out.push(await fromPath(full));
  }
}

async function fromPath(path: string): Promise<ImportSource> {
  const info = await stat(path);
  return { name: path, size: info.size, read: async () => new Uint8Array(await readFile(path)) };
}

function pathError(code: string | undefined): UserError {
  if (code === 'ENOENT') return UserError.coded('not_found', 'msg.import.noSuchPath');
  if (code === 'EACCES') return UserError.coded('not_found', 'msg.import.permissionDenied');
  return UserError.coded('not_found', 'msg.import.pathUnreadable', { code: code ?? 'error' });
}

/**
 * Files named directly, and every non-hidden file below the folders named, in a stable order.
 * `exclude` holds absolute paths never to import (the open archive and its WAL files).
 */
export async function collectPaths(paths: readonly string[], exclude: readonly string[] = []): Promise<ImportSource[]> {
  const out: ImportSource[] = [];
  const excluded = new Set(exclude.map((p) => resolve(p)));
  for (const p of paths) {
    const full = resolve(p);
    try {
      const info = await stat(full);
      if (info.isDirectory()) await walk(full, out, excluded);
      else out.push(await fromPath(full));
    } catch (error) {
      out.push({ name: full, size: null, read: async () => new Uint8Array(), error: pathError((error as NodeJS.ErrnoException).code) });
    }
  }
  return out;
}

export const displayName = (source: ImportSource): string => basename(source.name);
