import { describe, expect, it } from 'vitest';
import { auditTime, showValue, summariseChange } from './auditSummary';

describe('summariseChange', () => {
  it('lists only changed fields, hiding bookkeeping columns', () => {
    const before = { id: 4, uid: 'x', status: 'suggested', type: 'PER', text: 'Lina Haddad', updated_at: 'a' };
    const after = { ...before, status: 'accepted', updated_at: 'b' };
    expect(summariseChange(before, after)).toEqual({ kind: 'changed', subject: null, fields: [{ field: 'status', before: 'suggested', after: 'accepted' }] });
  });

  it('shows what a created or deleted row held', () => {
    expect(summariseChange(null, { id: 1, alias: 'كركوك', note: '' })).toEqual({ kind: 'created', subject: 'كركوك', fields: [{ field: 'alias', before: null, after: 'كركوك' }] });
    expect(summariseChange({ relation: 'supports' }, null).kind).toBe('deleted');
  });

  it('names a span by its text and shows a moved boundary as text before and after', () => {
    const text = 'وأوضح الخطيب أن غرفة التجارة ستشارك';
    const summary = summariseChange({ start: 16, end: 20, status: 'accepted' }, { start: 16, end: 28, status: 'accepted' }, text);
    expect(summary.subject).toBe('غرفة التجارة');
    expect(summary.fields).toEqual([
      { field: 'text', before: 'غرفة', after: 'غرفة التجارة' },
      { field: 'end', before: '20', after: '28' },
    ]);
  });
});

describe('showValue and auditTime', () => {
  it('shortens long text and shows JSON for structures', () => {
    expect(showValue('x'.repeat(100))).toHaveLength(80);
    expect(showValue([1, 2])).toBe('[1,2]');
    expect(showValue(null)).toBeNull();
  });

  it('prints a timestamp to the minute', () => {
    expect(auditTime('2026-11-29T18:40:12.345Z')).toBe('2026-11-29 18:40');
  });
});
