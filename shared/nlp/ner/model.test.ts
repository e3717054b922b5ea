import { describe, expect, it } from 'vitest';
import { loadNerModel } from './model';
import { TINY_EN, trainTinyModel } from './testCorpus';

describe('NerModel', () => {
  it('learns the tiny training set', () => {
    const model = trainTinyModel();
    const tags = model.labelTokens(TINY_EN.map((s) => s.map(([w]) => w)));
    expect(tags).toEqual(TINY_EN.map((s) => s.map(([, t]) => t)));
  });

  it('trains deterministically', () => {
    expect(trainTinyModel().toBytes()).toEqual(trainTinyModel().toBytes());
  });

  it('round-trips through bytes with the same predictions', () => {
    const model = trainTinyModel();
    model.resources.clusters.set('Paris', '1/2');
    model.resources.vocabRank.set('Paris', 0);
    model.resources.gazetteer.set('acme corp', 2);
    model.resources.maxPhraseTokens = 2;
    model.temperature = 8;
    const bytes = model.toBytes();
    const copy = loadNerModel(bytes);
    expect(copy.lang).toBe('en');
    expect(copy.temperature).toBe(8);
    expect(copy.resources.clusters.get('Paris')).toBe('1/2');
    expect(copy.resources.gazetteer.get('acme corp')).toBe(2);
    const input = [['Mary', 'Smith', 'visited', 'Berlin', '.']];
    expect(copy.labelTokens(input)).toEqual(model.labelTokens(input));
    // Loads from a view at an odd offset inside a larger buffer.
    const padded = new Uint8Array(bytes.length + 3);
    padded.set(bytes, 3);
    expect(loadNerModel(padded.subarray(3)).labelTokens(input)).toEqual(model.labelTokens(input));
  });

  it('rejects bytes that are not a model', () => {
    expect(() => loadNerModel(new TextEncoder().encode('hello world'))).toThrow(/not a Casefile NER model/);
  });
});
