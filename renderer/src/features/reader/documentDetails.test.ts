import { describe, expect, it } from 'vitest';
import type { Document } from '../../../../shared/domain/schemas';
import { canRedecode, changedMetadata, formatSimilarity, metadataForm } from './documentDetails';

const doc: Document = {
  id: 4,
  caseId: 1,
  title: 'افتتاح جسر النهر بعد الترميم',
  language: 'ar',
  publishedAt: '2025-02-11T00:00:00.000Z',
  importedAt: '2025-03-01T10:00:00.000Z',
  fileName: 'bridge.txt',
  chars: 120,
  text: 'افتتاح جسر النهر بعد الترميم\nافتتحت البلدية أمس جسر النهر.',
  author: null,
  outlet: 'الصباح',
  url: null,
  file: { id: 9, name: 'bridge.txt', mime: 'text/plain', size: 200, sha256: 'ab', encoding: 'windows-1256', encodingConfidence: 0.9 },
  sourcePart: null,
};

describe('document details', () => {
  it('fills the form from the document, dates as YYYY-MM-DD and missing values empty', () => {
    expect(metadataForm(doc)).toEqual({ title: doc.title, publishedAt: '2025-02-11', author: '', outlet: 'الصباح', url: '', language: 'ar' });
  });

  it('sends only what changed, a cleared field as null, and the date as typed', () => {
    const form = { ...metadataForm(doc), publishedAt: '2025-2-12', outlet: '  ', author: 'Rana Aziz' };
    expect(changedMetadata(doc, form)).toEqual({ publishedAt: '2025-2-12', outlet: null, author: 'Rana Aziz' });
    expect(changedMetadata(doc, metadataForm(doc))).toEqual({});
    expect(changedMetadata(doc, { ...metadataForm(doc), title: 'Bridge reopens', language: 'en' })).toEqual({ title: 'Bridge reopens', language: 'en' });
  });

  it('offers decoding again only for whole text and HTML files', () => {
    expect(canRedecode(doc)).toBe(true);
    expect(canRedecode({ ...doc, file: { ...doc.file, mime: 'text/html' } })).toBe(true);
    expect(canRedecode({ ...doc, file: { ...doc.file, mime: 'application/pdf' } })).toBe(false);
    expect(canRedecode({ ...doc, sourcePart: 'row 3' })).toBe(false);
  });

  it('writes similarity with two decimals', () => {
    expect(formatSimilarity(0.8612)).toBe('0.86');
    expect(formatSimilarity(1)).toBe('1.00');
  });
});
