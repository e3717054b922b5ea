import { describe, expect, it } from 'vitest';
import type { ColumnChoice } from '../../shared/domain/schemas';
import { utf8 } from '../../tests/helpers/fixtures';
import { applyChoice, parseMappingSpec } from './columnMapping';
import { tabularImporter } from './tabular';
import type { ParseResult } from './types';

const BODY = 'أعادت البلدية فتح الجسر القديم أمام المشاة صباح الأحد بعد أعمال صيانة استمرت شهرين.\nوقال مهندس إن الحمولة القصوى لم تتغير.';
const CSV = `العنوان,النص,التاريخ,الرابط,الكاتب\nافتتاح الجسر,"${BODY}",2025-04-06,https://news.example/bridge,مكتب المدينة\n`;

const parse = async (mapping?: ColumnChoice): Promise<ParseResult> => tabularImporter.parse(utf8(CSV), 'desk.csv', mapping ? { mapping } : {});
const firstArticle = async (mapping?: ColumnChoice) => {
  const parsed = await parse(mapping);
  if (parsed.kind !== 'articles') throw new Error('expected articles');
  return parsed.articles[0];
};

describe('tabular importer with a column choice', () => {
  it('fills every field from the detected columns when nothing is chosen', async () => {
    expect(await firstArticle()).toMatchObject({ title: 'افتتاح الجسر', publishedAt: '2025-04-06', url: 'https://news.example/bridge', author: 'مكتب المدينة' });
  });

  it('leaves fields mapped to none empty, and takes the title from the first line of the text', async () => {
    const article = await firstArticle({ title: null, date: null, url: null, author: null });
    expect(article).toMatchObject({ title: BODY.split('\n')[0], text: BODY, publishedAt: null, url: null, author: null, part: 'row 1' });
  });

  it('fails the file when the text is mapped to none, even though a text column was detected', async () => {
    await expect(parse({ text: null })).rejects.toThrow(/text is mapped to no column/);
  });

  it('still refuses a chosen column that is not in the file', async () => {
    await expect(parse({ author: 'byline' })).rejects.toThrow(/Column "byline" \(for author\) is not in the file/);
  });
});

describe('applyChoice', () => {
  it('replaces detected columns with chosen ones and drops those chosen as none', () => {
    expect(applyChoice({ title: 'headline', text: 'body', author: 'byline' }, { title: 'hed', author: null, url: 'link' })).toEqual({ title: 'hed', text: 'body', url: 'link' });
    expect(applyChoice({ text: 'body' })).toEqual({ text: 'body' });
  });
});

describe('parseMappingSpec', () => {
  it('reads columns, and FIELD= as no column', () => {
    expect(parseMappingSpec('title=العنوان, text=body,author=, url = ')).toEqual({ title: 'العنوان', text: 'body', author: null, url: null });
  });

  it('refuses an unknown field or a pair without a sign', () => {
    expect(() => parseMappingSpec('headline=')).toThrow(/FIELD= for no column/);
    expect(() => parseMappingSpec('title')).toThrow(/FIELD=COLUMN/);
  });
});
