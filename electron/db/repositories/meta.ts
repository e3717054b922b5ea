import type { Db } from '../driver';

export function getMeta(db: Db, key: string): string | undefined {
  return db.prepare('SELECT value FROM archive_meta WHERE key = ?').pluck().get(key) as string | undefined;
}
