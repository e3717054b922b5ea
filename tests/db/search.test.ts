import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../electron/db/connection';
import type { Db } from '../../electron/db/driver';
import { searchDocuments } from '../../electron/db/repositories/search';
import { newsRank } from '../../electron/nlp/models';
import { parseQuery } from '../../shared/search/matchQuery';
import { useTempDir } from '../helpers/tempDir';

/** Texts written for this test: the proclitic cases of the search audit. */
const TEXTS = [
  'وصل الوفد إلى العاصمة، وبغداد تستعد لاستقباله.',
  'أرسلت الحكومة المساعدات لبغداد صباح اليوم.',
  'قال المتحدث إنه لا وجود لأي خطر على السكان.',
  'عُرف الرجل بالجود بين أهل الموصل.',
  'وصلت القافلة وببغداد ازدحام شديد.',
];

function insertDocuments(db: Db, texts: readonly string[]): void {
  db.prepare("INSERT INTO cases (id, uid, origin, name, name_key, created_at, updated_at) VALUES (1, 'c1', 'o', 'Aid', 'aid', 'now', 'now')").run();
  const file = db.prepare("INSERT INTO files (id, sha256, name, mime, size, bytes, created_at) VALUES (?, printf('%064d', ?), 'a.txt', 'text/plain', 1, x'00', 'now')");
  const doc = db.prepare(
    `INSERT INTO documents (id, uid, origin, case_id, file_id, file_name, title, text, text_sha256, language, imported_at)
     VALUES (?, 'd' || ?, 'o', 1, ?, 'a.txt', 'خبر', ?, 'h', 'ar', 'now')`,
  );
  texts.forEach((text, i) => {
    file.run(i + 1, i + 1);
    doc.run(i + 1, i + 1, i + 1, text);
  });
}

describe('search on an archive (stems from the shipped news vocabulary)', () => {
  const tempDir = useTempDir();

  function found(db: Db, query: string, withRank = false): number[] {
    const { match } = parseQuery(query, withRank ? newsRank : undefined);
    if (match === null) return [];
    return searchDocuments(db, { match, caseId: undefined, limit: 50, offset: 0 })
      .rows.map((r) => r.id)
      .sort();
  }

  it('finds a place name with an attached proclitic, but not a word that merely starts with one', () => {
    const archive = openArchive(join(tempDir(), 'a.casefile'));
    insertDocuments(archive.db, TEXTS);
    expect(found(archive.db, 'بغداد')).toEqual([1, 2, 5]);
    expect(found(archive.db, 'وبغداد', true)).toEqual([1, 2, 5]);
    expect(found(archive.db, 'وبغداد')).toEqual([1]);
    expect(found(archive.db, 'جود')).toEqual([4]);
    expect(found(archive.db, 'وجود')).toEqual([3]);
    expect(found(archive.db, 'بالموصل')).toEqual([4]);
    expect(found(archive.db, '"العاصمة وبغداد"')).toEqual([1]);
    archive.close();
  });
});
