import type { Db } from '../driver';

export interface FileRow {
  id: number;
  sha256: string;
  name: string;
  mime: string;
  size: number;
}

export function findFileBySha(db: Db, sha256: string): FileRow | undefined {
  return db.prepare('SELECT id, sha256, name, mime, size FROM files WHERE sha256 = ?').get(sha256) as FileRow | undefined;
}

export function insertFile(
  db: Db,
  f: { sha256: string; name: string; mime: string; bytes: Uint8Array; now: string; containerFileId?: number | null },
): number {
  const info = db
    .prepare('INSERT INTO files (sha256, name, mime, size, bytes, created_at, container_file_id) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(f.sha256, f.name, f.mime, f.bytes.byteLength, Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength), f.now, f.containerFileId ?? null);
  return Number(info.lastInsertRowid);
}

export function readFileBytes(db: Db, id: number): Buffer | undefined {
  const row = db.prepare('SELECT bytes FROM files WHERE id = ?').get(id) as { bytes: Buffer } | undefined;
  return row?.bytes;
}
