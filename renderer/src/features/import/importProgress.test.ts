import { describe, expect, it } from 'vitest';
import type { ImportSummary, Progress } from '../../../../shared/domain/schemas';
import { translate } from '../../../../shared/i18n/translate';
import { countOutcomes, importReducer, initialImportState, overallDone, stageProgress, stageText } from './importProgress';

const progress = (done: number, operationId = 'op1'): Progress => ({
  operationId,
  kind: 'import',
  done,
  total: 2,
  current: 'خبر.txt',
  ratePerSecond: 12.5,
  finished: false,
});

const summary: ImportSummary = {
  imported: 1,
  duplicates: 1,
  failed: 0,
  cancelled: 0,
  outcomes: [
    { name: 'a.txt', status: 'imported', documentId: 1, title: 'A' },
    { name: 'b.txt', status: 'duplicate', duplicateOf: 1, reason: 'same bytes' },
  ],
};

describe('importReducer', () => {
  it('follows the extraction phase separately, without counting it as imported files', () => {
    let s = importReducer(initialImportState, { type: 'start', operationId: 'op1', total: 2 });
    s = importReducer(s, { type: 'progress', progress: progress(2) });
    s = importReducer(s, { type: 'progress', progress: { ...progress(1), kind: 'extract' } });
    expect(overallDone(s)).toBe(2);
    expect(s.extract).toEqual({ done: 1, total: 2 });
    s = importReducer(s, { type: 'batchDone', summary, sent: 2 });
    expect(s.extract).toBeNull();
  });

  it('adds progress of the batch in flight to the batches already done', () => {
    let s = importReducer(initialImportState, { type: 'start', operationId: 'op1', total: 5 });
    s = importReducer(s, { type: 'progress', progress: progress(1) });
    expect(overallDone(s)).toBe(1);
    expect(s.current).toBe('خبر.txt');
    s = importReducer(s, { type: 'batchDone', summary, sent: 2 });
    expect(overallDone(s)).toBe(2);
    s = importReducer(s, { type: 'progress', progress: progress(2) });
    expect(overallDone(s)).toBe(4);
    expect(s.outcomes).toHaveLength(2);
  });

  it('ignores progress of other operations', () => {
    const s = importReducer(initialImportState, { type: 'start', operationId: 'op1', total: 5 });
    expect(importReducer(s, { type: 'progress', progress: progress(3, 'other') })).toBe(s);
  });

  it('counts outcomes and resets on close', () => {
    let s = importReducer(initialImportState, { type: 'start', operationId: 'op1', total: 3 });
    s = importReducer(s, { type: 'batchDone', summary, sent: 2 });
    s = importReducer(s, { type: 'cancel' });
    expect(s.cancelling).toBe(true);
    s = importReducer(s, { type: 'skipped', outcomes: [{ name: 'c.txt', status: 'cancelled', reason: 'not sent' }] });
    s = importReducer(s, { type: 'finish' });
    expect(s.phase).toBe('done');
    expect(countOutcomes(s.outcomes)).toEqual({ imported: 1, duplicate: 1, 'near-duplicate': 0, failed: 0, cancelled: 1 });
    expect(importReducer(s, { type: 'close' })).toEqual(initialImportState);
  });
});

describe('the running stage', () => {
  const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('en', key, params);
  const started = importReducer(initialImportState, { type: 'start', operationId: 'op1', total: 2 });

  it('reads, then stores, then extracts, and says so instead of "Reading files…" once the files are in', () => {
    expect(stageText(started, en)).toBe('Reading files…');
    let s = importReducer(started, { type: 'progress', progress: progress(1) });
    expect(stageText(s, en)).toBe('Storing files in the archive…');
    expect(stageProgress(s)).toEqual({ value: 1, max: 2 });
    // Every file stored, no document extracted yet: the bar waits without a total.
    s = importReducer(s, { type: 'progress', progress: { ...progress(2), current: null, finished: true } });
    expect(stageText(s, en)).toBe('Extracting names and claims…');
    expect(stageProgress(s)).toEqual({ value: 0, max: null });
    s = importReducer(s, { type: 'progress', progress: { ...progress(1), kind: 'extract', current: 'Storm closes port' } });
    expect(stageText(s, en)).toBe('Extracting names and claims: 1 of 2');
    expect(stageProgress(s)).toEqual({ value: 1, max: 2 });
    expect(s.current).toBe('Storm closes port');
  });

  it('reads the next batch once a batch returns', () => {
    let s = importReducer(started, { type: 'progress', progress: { ...progress(1), kind: 'extract' } });
    s = importReducer(s, { type: 'batchDone', summary, sent: 1 });
    expect(s.stage).toBe('reading');
    expect(s.current).toBeNull();
  });
});
