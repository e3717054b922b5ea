import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../../shared/domain/schemas';
import type { PendingFile } from './droppedFiles';
import { isTabularName, sampleValues, withMappings } from './tabularFiles';

const pending = (name: string): PendingFile => ({ name, file: new File(['x'], name) });
const preview: ImportPreview = {
  columns: ['headline', 'body', 'day'],
  mapping: { text: 'body' },
  sample: [
    { headline: 'Port strike ends after talks', body: 'Dockers returned to work\non Monday.', day: '2025-01-06' },
    { headline: 'انتهاء إضراب عمال الميناء', body: 'عاد العمال إلى أعمالهم صباح الاثنين بعد اتفاق مع الإدارة حول الأجور والعقود الجديدة', day: '' },
  ],
  rows: 2,
};

describe('tabular files', () => {
  it('recognises one-article-per-row files by extension', () => {
    expect(['a.csv', 'b.TSV', 'c.json', 'd.jsonl', 'e.ndjson'].every(isTabularName)).toBe(true);
    expect(isTabularName('article.txt')).toBe(false);
    expect(isTabularName('csv-notes.html')).toBe(false);
  });

  it('maps tabular files one by one, passes others through, drops skipped ones, keeps failed previews', async () => {
    const asked: string[] = [];
    const out = await withMappings([pending('a.txt'), pending('rows.csv'), pending('skip.json'), pending('broken.csv')], {
      preview: async (f) => {
        if (f.name === 'broken.csv') throw new Error('The file has no rows.');
        return preview;
      },
      ask: async (f) => {
        asked.push(f.name);
        return f.name === 'skip.json' ? null : { title: 'headline', text: 'body' };
      },
    });
    expect(asked).toEqual(['rows.csv', 'skip.json']);
    expect(out.map((f) => [f.name, f.mapping])).toEqual([
      ['a.txt', undefined],
      ['rows.csv', { title: 'headline', text: 'body' }],
      ['broken.csv', undefined],
    ]);
  });

  it('shows sample values of the chosen column on one line, shortened', () => {
    expect(sampleValues(preview, 'body', 30)).toEqual(['Dockers returned to work on M…', 'عاد العمال إلى أعمالهم صباح ا…']);
    expect(sampleValues(preview, 'day')).toEqual(['2025-01-06', '']);
    expect(sampleValues(preview, undefined)).toEqual([]);
  });
});
