import { describe, expect, it } from 'vitest';
import { lastOpenKey, parseLastOpen, restorable } from './lastOpen';

describe('the last open case and document', () => {
  it('reads back what was stored, and nothing from a missing or foreign value', () => {
    expect(parseLastOpen(JSON.stringify({ caseId: 4, documentId: 17 }))).toEqual({ caseId: 4, documentId: 17 });
    expect(parseLastOpen(JSON.stringify({ caseId: 4, documentId: null }))).toEqual({ caseId: 4, documentId: null });
    expect(parseLastOpen(null)).toBeNull();
    expect(parseLastOpen('{not json')).toBeNull();
    expect(parseLastOpen(JSON.stringify({ caseId: 'ميناء الشمال' }))).toBeNull();
  });

  it('reopens a case only while it exists', () => {
    const last = { caseId: 4, documentId: 17 };
    expect(restorable(last, [1, 4, 9])).toEqual(last);
    expect(restorable(last, [1, 9])).toBeNull();
    expect(restorable(null, [1])).toBeNull();
  });

  it('keeps one value per archive', () => {
    expect(lastOpenKey('01HZX')).not.toBe(lastOpenKey('01HZY'));
  });
});
