import { describe, expect, it } from 'vitest';
import { isHiddenPath, newOperationId, planBatches, planRequests } from './importBatches';

describe('planBatches', () => {
  it('caps files per batch', () => {
    const batches = planBatches(new Array(450).fill(10), 1e9, 200);
    expect(batches.map((b) => b.length)).toEqual([200, 200, 50]);
    expect(batches.flat()).toEqual([...Array(450).keys()]);
  });

  it('caps base64 bytes per batch and sends an oversized file alone', () => {
    // 300 bytes encode to 400 base64 chars; a 1000-char budget fits two such files.
    expect(planBatches([300, 300, 300, 3000, 3], 1000, 10)).toEqual([[0, 1], [2], [3], [4]]);
  });

  it('returns no batch for no file', () => {
    expect(planBatches([])).toEqual([]);
  });
});

describe('planRequests', () => {
  it('sends each mapped table file alone with its mapping, after the batches of the others', () => {
    const mapping = { title: 'headline', text: 'body' };
    const files = [{ size: 10 }, { size: 10, mapping }, { size: 10 }, { size: 10 }, { size: 10, mapping: { text: 'story' } }];
    expect(planRequests(files, 1e9, 2)).toEqual([{ indices: [0, 2] }, { indices: [3] }, { indices: [1], mapping }, { indices: [4], mapping: { text: 'story' } }]);
    expect(planRequests([])).toEqual([]);
  });
});

describe('import helpers', () => {
  it('recognises hidden paths', () => {
    expect(isHiddenPath('folder/.DS_Store')).toBe(true);
    expect(isHiddenPath('.git/config')).toBe(true);
    expect(isHiddenPath('folder/article.txt')).toBe(false);
  });

  it('makes operation ids the contract accepts', () => {
    const id = newOperationId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(newOperationId()).not.toBe(id);
  });
});
