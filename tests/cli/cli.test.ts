import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE, cp1256 } from '../helpers/fixtures';
import { useTempDir } from '../helpers/tempDir';

const BIN = resolve(__dirname, '..', '..', 'bin', 'casefile.cjs');

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('casefile CLI (the built binary)', () => {
  const tempDir = useTempDir();
  beforeAll(() => {
    if (!existsSync(resolve(__dirname, '..', '..', 'dist', 'cli.cjs'))) throw new Error('Run npm run build first (npm test does).');
  });

  function setup() {
    const dir = tempDir();
    const archive = join(dir, 'cli.casefile');
    const a = (...args: string[]) => run(['--archive', archive, ...args]);
    return { dir, archive, a };
  }

  it('creates and lists cases', () => {
    const { a } = setup();
    expect(a('case', 'create', 'Mosul dam')).toMatchObject({ code: 0, out: 'Created case #1 "Mosul dam".\n' });
    expect(a('case', 'create', 'سد الموصل').code).toBe(0);
    const list = a('case', 'list');
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/1\s+0\s+Mosul dam/);
    expect(list.out).toMatch(/2\s+0\s+سد الموصل/);
    const dup = a('case', 'create', 'mosul DAM');
    expect(dup.code).toBe(1);
    expect(dup.err).toBe('casefile: A case named "mosul DAM" already exists.\n');
  });

  it('imports a folder, reports every outcome, and exits 0 even when some files fail', () => {
    const { dir, a } = setup();
    a('case', 'create', 'Tigris');
    const docs = join(dir, 'docs');
    mkdirSync(docs);
    writeFileSync(join(docs, '1-ar.txt'), ARABIC_ARTICLE);
    writeFileSync(join(docs, '2-en.md'), ENGLISH_ARTICLE);
    writeFileSync(join(docs, '3-cp1256.txt'), cp1256('خبر بترميز قديم\n\nنص الخبر عن البصرة.\n'));
    writeFileSync(join(docs, '4-empty.txt'), '');
    writeFileSync(join(docs, '5-copy.txt'), ARABIC_ARTICLE);
    const r = a('import', '--case', 'Tigris', docs);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('Imported 3, duplicates 1, failed 1.');
    expect(r.out).toContain('4-empty.txt: The file is empty.');
    expect(r.out).toContain('5-copy.txt: Duplicate of #1 (same file).');
    const again = a('import', '--case', 'Tigris', join(docs, '2-en.md'));
    expect(again.out).toContain('2-en.md: Duplicate of #2 (same file).');
  });

  it('imports a table with a detected column mapped to none', () => {
    const { dir, a } = setup();
    a('case', 'create', 'Desk');
    const csv = join(dir, 'desk.csv');
    // "byline" reads like the author, but this desk exports its section there.
    const body = 'افتتحت البلدية جسر النهر الجديد صباح الأحد بعد عامين من العمل، وقال المهندس المسؤول إن الجسر يخفف الزحام عن وسط المدينة.';
    writeFileSync(csv, `headline,byline,body\n"افتتاح جسر النهر","محليات","${body}"\n`);
    expect(a('columns', csv).out).toMatch(/author\s+<- byline/);
    expect(a('import', '--case', 'Desk', '--map', 'author=', csv).code).toBe(0);
    expect(JSON.parse(a('show', '1', '--json').out)).toMatchObject({ title: 'افتتاح جسر النهر', author: null, text: body });
    expect(a('import', '--case', 'Desk', '--map', 'writer=', csv)).toMatchObject({ code: 2, err: expect.stringContaining('FIELD= for no column') });
  });

  it('searches with normalised Arabic, shows and exports documents', () => {
    const { dir, a } = setup();
    a('case', 'create', 'Dam');
    writeFileSync(join(dir, 'ar.txt'), ARABIC_ARTICLE);
    a('import', '--case', 'Dam', join(dir, 'ar.txt'));
    const plain = a('search', 'العمليات المشتركه', '--case', 'Dam');
    expect(plain.code).toBe(0);
    expect(plain.out).toContain('[العمليات] [المشتركة]');
    const json = JSON.parse(a('search', 'بالموصل', '--json').out);
    expect(json.total).toBe(1);
    expect(json.hits[0].snippet.some((s: { text: string; hit: boolean }) => s.hit && s.text === 'الموصل')).toBe(true);
    const shown = a('show', '1');
    expect(shown.out).toContain('Title      اشتباكات قرب سد الموصل');
    expect(shown.out).toContain('العميد سامر الحداد');
    expect(JSON.parse(a('show', '1', '--json').out).text).toBe(ARABIC_ARTICLE);
    const exported = JSON.parse(a('export', '--case', 'Dam', '--format', 'json').out);
    expect(exported).toMatchObject({ format: 'casefile-case', case: { name: 'Dam', documentCount: 1 } });
    expect(exported.documents[0].text).toBe(ARABIC_ARTICLE);
    const out = join(dir, 'tables');
    expect(a('export', '--case', 'Dam', '--format', 'csv', '--out', out)).toMatchObject({ code: 0, out: expect.stringContaining('Dam-claims.csv') });
    const documentsCsv = readFileSync(join(out, 'Dam-documents.csv'), 'utf8');
    expect(documentsCsv.startsWith('\uFEFFid,title,')).toBe(true);
    expect(documentsCsv).toContain('اشتباكات قرب سد الموصل');
    expect(a('export', '--case', 'Dam', '--format', 'csv')).toMatchObject({ code: 2, err: expect.stringContaining('--out DIR') });
  });

  it('uses CASEFILE_ARCHIVE when --archive is absent', () => {
    const dir = tempDir();
    const archive = join(dir, 'env.casefile');
    expect(run(['case', 'create', 'From env'], { CASEFILE_ARCHIVE: archive }).code).toBe(0);
    expect(existsSync(archive)).toBe(true);
  });

  it('explains usage mistakes with exit code 2 and user errors with exit code 1', () => {
    const { a } = setup();
    expect(a('frobnicate')).toMatchObject({ code: 2, err: expect.stringContaining('Unknown command "frobnicate"') });
    expect(a('import', 'x.txt')).toMatchObject({ code: 2, err: expect.stringContaining('--case NAME is required') });
    expect(a('show', 'abc')).toMatchObject({ code: 2 });
    expect(a('search', 'x', '--case', 'Nope')).toMatchObject({ code: 1, err: expect.stringContaining('No case named "Nope"') });
    expect(a('show', '7')).toMatchObject({ code: 1, err: 'casefile: Document #7 does not exist.\n' });
    expect(a('export', '--case', 'x', '--format', 'xml')).toMatchObject({ code: 2 });
  });

  it('refuses an archive from a newer version without touching it', () => {
    const { archive, a } = setup();
    a('case', 'create', 'Old');
    const raw = new Database(archive);
    raw.pragma('user_version = 999');
    raw.close();
    const r = a('case', 'list');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/newer version of Casefile \(archive schema 999/);
  });
});
