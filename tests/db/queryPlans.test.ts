import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../electron/db/connection';
import { useTempDir } from '../helpers/tempDir';

describe('query plans', () => {
  const tempDir = useTempDir();

  it('pages a case’s documents through an index, never a full scan', () => {
    const archive = openArchive(join(tempDir(), 'plans.casefile'));
    const plan = archive.db
      .prepare('EXPLAIN QUERY PLAN SELECT d.id FROM documents d WHERE d.case_id = ? ORDER BY d.id LIMIT 200 OFFSET 0')
      .all(1) as { detail: string }[];
    const details = plan.map((p) => p.detail).join(' | ');
    expect(details).toMatch(/USING (COVERING )?INDEX documents_by_case/);
    expect(details).not.toMatch(/TEMP B-TREE/);
    archive.close();
  });

  it('finds duplicates by hash through indexes', () => {
    const archive = openArchive(join(tempDir(), 'plans2.casefile'));
    const detail = (sql: string) => (archive.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x', 1) as { detail: string }[]).map((p) => p.detail).join(' ');
    expect(detail('SELECT id FROM files WHERE sha256 = ? AND ? IS NOT NULL')).toMatch(/INDEX/);
    expect(detail('SELECT id FROM documents WHERE text_sha256 = ? AND case_id = ?')).toMatch(/INDEX documents_by_text/);
    archive.close();
  });
});
