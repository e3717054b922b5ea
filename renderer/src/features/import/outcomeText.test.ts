import { describe, expect, it } from 'vitest';
import { translate } from '../../../../shared/i18n/translate';
import { nameParts, outcomeText } from './outcomeText';

const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('en', key, params);
const ar = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('ar', key, params);

describe('import outcomes', () => {
  const near = { name: 'wire-copy.txt', status: 'near-duplicate' as const, documentId: 8, title: 'Storm closes port', nearDuplicateOf: 3, similarity: 0.8649, reason: 'x' };

  it('names the near-duplicate and its similarity in both languages', () => {
    expect(outcomeText(near, en)).toBe('near-duplicate of #3, similarity 0.86');
    expect(outcomeText(near, ar)).toBe('شبه مكرر للمستند #3، التشابه 0.86');
    expect(outcomeText({ name: 'a.txt', status: 'duplicate', duplicateOf: 2, reason: 'same bytes' }, en)).toBe('duplicate of #2');
    expect(outcomeText({ name: 'a.txt', status: 'failed', reason: 'The file is empty.' }, en)).toBe('failed: \u2068The file is empty.\u2069');
  });

  it('isolates an English reason inside the Arabic sentence, so its full stop stays at its end', () => {
    expect(outcomeText({ name: 'a.docx', status: 'failed', reason: 'The zip archive is damaged.' }, ar)).toBe('فشل: \u2068The zip archive is damaged.\u2069');
  });

  it('words a coded reason in the UI language, from the same code in both', () => {
    const failed = { name: 'a.docx', status: 'failed' as const, reason: 'The Word document is damaged or is not a real Word file.', reasonCode: { code: 'msg.import.damagedDocument', params: { format: 'Word' } } };
    expect(outcomeText(failed, ar)).toBe('فشل: \u2068مستند Word تالف أو ليس ملف Word حقيقيًا.\u2069');
    expect(outcomeText(failed, en)).toBe('failed: \u2068The Word document is damaged or is not a real Word file.\u2069');
    const cancelled = { name: 'b.txt', status: 'cancelled' as const, reason: 'Import was cancelled before this file.', reasonCode: { code: 'msg.import.cancelled', params: {} } };
    expect(outcomeText(cancelled, ar)).toBe('أُلغي: \u2068أُلغي الاستيراد قبل الوصول إلى هذا الملف.\u2069');
  });

  it('splits a name into the file and the parts inside it', () => {
    expect(nameParts('feeds/rows.csv › row 3')).toEqual({ file: 'feeds/rows.csv', parts: ['row 3'] });
    expect(nameParts('bundle.zip › mail.mbox › message 2')).toEqual({ file: 'bundle.zip', parts: ['mail.mbox', 'message 2'] });
    expect(nameParts('plain.txt')).toEqual({ file: 'plain.txt', parts: [] });
  });
});
