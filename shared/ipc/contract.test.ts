import { describe, expect, it } from 'vitest';
import { contract } from './contract';

const listInput = contract['app:documents.list'].input;

describe('documents.list input', () => {
  it('defaults to import order with no filter, so older callers keep working', () => {
    expect(listInput.parse({ caseId: 3 })).toEqual({ caseId: 3, offset: 0, limit: 200, sort: 'imported', filter: {} });
  });

  it('accepts every sort, language, review state, an outlet and ISO-prefix date bounds', () => {
    const input = { caseId: 1, sort: 'newest', filter: { language: 'ar', review: 'inProgress', outlet: 'صحيفة الصباح', from: '2024-03', to: '2024-03-31' } };
    expect(listInput.parse(input)).toMatchObject(input);
    for (const sort of ['oldest', 'imported', 'title']) expect(listInput.safeParse({ caseId: 1, sort }).success).toBe(true);
  });

  it.each([
    ['an unknown sort', { sort: 'random' }],
    ['an unknown review state', { filter: { review: 'done' } }],
    ['an unknown language', { filter: { language: 'fr' } }],
    ['an empty outlet', { filter: { outlet: '' } }],
    ['a written date bound', { filter: { from: '10 March 2024' } }],
    ['a date range as a bound', { filter: { to: '2024/2025' } }],
  ])('rejects %s', (_, extra) => {
    expect(listInput.safeParse({ caseId: 1, ...extra }).success).toBe(false);
  });
});
