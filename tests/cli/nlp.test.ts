import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE } from '../helpers/fixtures';
import { useTempDir } from '../helpers/tempDir';

const BIN = resolve(__dirname, '..', '..', 'bin', 'casefile.cjs');
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('casefile ner and extract', () => {
  const tempDir = useTempDir();

  it('ner --conll labels every token line, keeps blank lines and passes "# " lines through', () => {
    const file = join(tempDir(), 'in.conll');
    writeFileSync(file, '# doc one\nوقال\tO\nالرئيس\tO\nالعراقي\tO\nبرهم\tB-PERS\nصالح\tI-PERS\nفي\tO\nبغداد\tB-LOC\n.\tO\n\n# second\nأمس\n.\n');
    const r = run(['ner', '--lang', 'ar', '--conll', file]);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('# doc one');
    expect(lines.slice(1, 9).map((l) => l.split('\t')[0])).toEqual(['وقال', 'الرئيس', 'العراقي', 'برهم', 'صالح', 'في', 'بغداد', '.']);
    for (const l of lines.slice(1, 9)) expect(l).toMatch(/^[^\t]+\t(O|[BI]-(PER|ORG|LOC|MISC))$/);
    expect(lines[9]).toBe('');
    expect(lines[10]).toBe('# second');
    expect(lines[11]?.startsWith('أمس\t')).toBe(true);
  });

  it('extract --json gives entities with offsets into the text as decoded, and claims', () => {
    const dir = tempDir();
    const file = join(dir, 'ar.txt');
    writeFileSync(file, ARABIC_ARTICLE);
    const r = run(['extract', file, '--date', '2024-03-12', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.language).toBe('ar');
    expect(out.entities.length).toBeGreaterThan(0);
    for (const e of out.entities) {
      expect(ARABIC_ARTICLE.slice(e.start, e.end)).toBe(e.text);
      expect(['PER', 'ORG', 'LOC', 'MISC', 'DATE']).toContain(e.type);
    }
    // "يوم الثلاثاء" in an article dated Tuesday 12 March 2024 resolves against --date.
    const tuesday = out.entities.find((e: { type: string; text: string }) => e.type === 'DATE' && e.text.includes('الثلاثاء'));
    expect(tuesday?.value).toBe('2024-03-12');
    const claim = out.claims.find((c: { contentSpan: [number, number] }) => ARABIC_ARTICLE.slice(...c.contentSpan).includes('الوضع تحت السيطرة'));
    expect(claim.speaker).toBe('سامر الحداد');
    expect(ARABIC_ARTICLE.slice(...(claim.cue as [number, number]))).toMatch(/قال/);
  });

  it('extract reads English and reports usage errors', () => {
    const file = join(tempDir(), 'en.md');
    writeFileSync(file, ENGLISH_ARTICLE);
    const out = JSON.parse(run(['extract', file, '--json']).out);
    expect(out.language).toBe('en');
    expect(out.entities.some((e: { type: string; text: string }) => e.type === 'LOC' && e.text === 'Baghdad')).toBe(true);
    expect(run(['extract', file, '--date', '12/03/2024']).code).toBe(2);
    expect(run(['ner', '--lang', 'fr', '--conll', file]).code).toBe(2);
    expect(run(['extract', join(tempDir(), 'missing.txt')])).toMatchObject({ code: 1, err: expect.stringContaining('No such file') });
  });
});
