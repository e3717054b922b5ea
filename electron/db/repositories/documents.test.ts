import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/domain/schemas';
import { openArchive } from '../connection';
import type { Db } from '../driver';
import { insertCase } from './cases';
import { countDocuments, countFilteredDocuments, insertDocument, listDocuments, listOutlets } from './documents';
import { insertFile } from './files';
import { insertMention, updateMention } from './mentions';

const NOW = '2026-01-01T00:00:00Z';
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

interface Seed {
  title: string;
  language: Language;
  publishedAt: string | null;
  outlet: string | null;
  /** The statuses of the document's name suggestions, in order. */
  names?: ('suggested' | 'accepted' | 'rejected')[];
}

// Imported in this order: ids follow it.
const SEEDS: Seed[] = [
  { title: 'وزير المالية يعلن موازنة جديدة', language: 'ar', publishedAt: '2024-03-10', outlet: 'صحيفة الصباح', names: ['accepted', 'suggested'] },
  { title: 'Harbour reopens after storm', language: 'en', publishedAt: '2024-05-02', outlet: 'Coastal Herald', names: ['accepted', 'rejected'] },
  { title: 'anchor dispute settled in court', language: 'en', publishedAt: null, outlet: null, names: ['suggested'] },
  { title: 'اجتماع مجلس المحافظة', language: 'ar', publishedAt: '2023-12-31', outlet: 'صحيفة الصباح' },
  { title: 'Bridge repairs delayed', language: 'en', publishedAt: '2024-03-28T09:30:00Z', outlet: 'Coastal Herald', names: ['accepted'] },
];

function seedCase(db: Db, name: string, seeds: readonly Seed[]): number {
  const caseId = insertCase(db, { uid: `case-${name}`, origin: 'test', name, nameKey: name, description: '', now: NOW });
  seeds.forEach((s, i) => {
    const text = `${s.title}\nنص الخبر ${i}. Body of report ${i}.`;
    const fileId = insertFile(db, { sha256: sha256(`${name}-${i}`), name: `${name}-${i}.txt`, mime: 'text/plain', bytes: new TextEncoder().encode(text), now: NOW });
    const documentId = insertDocument(db, {
      uid: `${name}-doc-${i}`, origin: 'test', caseId, fileId, fileName: `${name}-${i}.txt`, title: s.title, text, textSha256: sha256(text),
      language: s.language, publishedAt: s.publishedAt, author: null, outlet: s.outlet, url: null, encoding: 'utf-8', now: NOW,
    });
    (s.names ?? []).forEach((status, k) => {
      const uid = `${name}-m-${i}-${k}`;
      insertMention(db, { uid, origin: 'test', documentId, start: k * 2, end: k * 2 + 1, type: 'PER', source: 'model', confidence: 0.9, value: null, now: NOW });
      const id = db.prepare('SELECT id FROM mentions WHERE uid = ?').pluck().get(uid) as number;
      if (status !== 'suggested') updateMention(db, id, { status, now: NOW });
    });
  });
  return caseId;
}

describe('documents repository: sort, filter, page', () => {
  // electron/db may not import tests/helpers, so the temporary folders are managed here.
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function open() {
    const dir = mkdtempSync(join(tmpdir(), 'casefile-docs-'));
    dirs.push(dir);
    const archive = openArchive(join(dir, 'docs.casefile'));
    const caseId = seedCase(archive.db, 'main', SEEDS);
    // Another case's documents never leak into this case's list, counts or outlets.
    seedCase(archive.db, 'other', [{ title: 'Unrelated bulletin', language: 'en', publishedAt: '2024-04-01', outlet: 'Elsewhere Daily' }]);
    const titles = (q: Parameters<typeof listDocuments>[2]) => listDocuments(archive.db, caseId, q).map((d) => d.title);
    return { archive, caseId, titles };
  }

  it('sorts by import order, publication date both ways (undated last) and title', () => {
    const { archive, titles } = open();
    const all = { offset: 0, limit: 50 };
    expect(titles({ ...all, sort: 'imported' })).toEqual(SEEDS.map((s) => s.title));
    expect(titles({ ...all, sort: 'newest' })).toEqual(['Harbour reopens after storm', 'Bridge repairs delayed', 'وزير المالية يعلن موازنة جديدة', 'اجتماع مجلس المحافظة', 'anchor dispute settled in court']);
    expect(titles({ ...all, sort: 'oldest' })).toEqual(['اجتماع مجلس المحافظة', 'وزير المالية يعلن موازنة جديدة', 'Bridge repairs delayed', 'Harbour reopens after storm', 'anchor dispute settled in court']);
    // Case-insensitive: "anchor" before "Bridge".
    expect(titles({ ...all, sort: 'title' }).slice(0, 3)).toEqual(['anchor dispute settled in court', 'Bridge repairs delayed', 'Harbour reopens after storm']);
    archive.close();
  });

  it('filters by language and outlet, and lists the case’s outlets', () => {
    const { archive, caseId, titles } = open();
    expect(titles({ offset: 0, limit: 50, filter: { language: 'ar' } })).toEqual(['وزير المالية يعلن موازنة جديدة', 'اجتماع مجلس المحافظة']);
    expect(titles({ offset: 0, limit: 50, filter: { outlet: 'Coastal Herald' } })).toEqual(['Harbour reopens after storm', 'Bridge repairs delayed']);
    expect(countFilteredDocuments(archive.db, caseId, { language: 'en', outlet: 'صحيفة الصباح' })).toBe(0);
    expect(listOutlets(archive.db, caseId)).toEqual(['Coastal Herald', 'صحيفة الصباح']);
    archive.close();
  });

  it('filters by review state: not started, in progress, finished', () => {
    const { archive, titles } = open();
    const review = (state: 'notStarted' | 'inProgress' | 'finished') => titles({ offset: 0, limit: 50, filter: { review: state } });
    expect(review('notStarted')).toEqual(['anchor dispute settled in court', 'اجتماع مجلس المحافظة']);
    expect(review('inProgress')).toEqual(['وزير المالية يعلن موازنة جديدة']);
    expect(review('finished')).toEqual(['Harbour reopens after storm', 'Bridge repairs delayed']);
    archive.close();
  });

  it('filters by an inclusive publication date range of ISO prefixes, dropping undated documents', () => {
    const { archive, caseId, titles } = open();
    expect(titles({ offset: 0, limit: 50, filter: { from: '2024-03', to: '2024-03' } })).toEqual(['وزير المالية يعلن موازنة جديدة', 'Bridge repairs delayed']);
    expect(titles({ offset: 0, limit: 50, filter: { to: '2024-03-10' } })).toEqual(['وزير المالية يعلن موازنة جديدة', 'اجتماع مجلس المحافظة']);
    expect(titles({ offset: 0, limit: 50, filter: { from: '2024' } })).toHaveLength(3);
    expect(countFilteredDocuments(archive.db, caseId, { from: '2025' })).toBe(0);
    archive.close();
  });

  it('pages a filtered, sorted list without gaps or overlaps and counts it apart from the case', () => {
    const { archive, caseId, titles } = open();
    const query = { sort: 'newest' as const, filter: { language: 'en' as const } };
    const pages = [0, 2].map((offset) => titles({ ...query, offset, limit: 2 }));
    expect(pages).toEqual([['Harbour reopens after storm', 'Bridge repairs delayed'], ['anchor dispute settled in court']]);
    expect(countFilteredDocuments(archive.db, caseId, query.filter)).toBe(3);
    expect(countDocuments(archive.db, caseId)).toBe(5);
    archive.close();
  });

  it('counts filtered documents and lists outlets from indexes alone (migration 8)', () => {
    const { archive } = open();
    const plan = (sql: string) => (archive.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join(' | ');
    expect(plan("SELECT count(*) FROM documents d WHERE d.case_id = 1 AND d.language = 'ar' AND d.published_at >= '2024'")).toMatch(/COVERING INDEX documents_by_case_published/);
    expect(plan("SELECT DISTINCT outlet FROM documents WHERE case_id = 1 AND outlet IS NOT NULL AND outlet != '' ORDER BY outlet")).toMatch(/COVERING INDEX documents_by_case_outlet/);
    archive.close();
  });
});
