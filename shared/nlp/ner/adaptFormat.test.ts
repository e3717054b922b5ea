import { describe, expect, it } from 'vitest';
import { adaptModel, withAdaptation } from './adapt';
import { decodeAdaptation, encodeAdaptation } from './adaptFormat';
import { trainTinyModel } from './testCorpus';

const TEXT = 'وصل الوزير كمال الحديثي إلى الناصرية أمس.';
const at = (name: string) => ({ start: TEXT.indexOf(name), end: TEXT.indexOf(name) + name.length });

describe('encodeAdaptation / decodeAdaptation', () => {
  it('round-trips with the same weights and predictions', () => {
    const tiny = trainTinyModel('ar', [
      [['قال', 'O'], ['سمير', 'B-PER'], ['العلي', 'I-PER'], ['في', 'O'], ['بغداد', 'B-LOC'], ['.', 'O']],
      [['زار', 'O'], ['الوزير', 'O'], ['البصرة', 'B-LOC'], ['.', 'O']],
    ]);
    const [stage] = tiny.stages;
    const base = tiny.withStages([stage!, stage!]);
    const a = adaptModel(base, [{ text: TEXT, entities: [{ type: 'PER', ...at('كمال الحديثي') }, { type: 'LOC', ...at('الناصرية') }] }]);
    expect(a.stages[0]!.table.keys.length).toBeGreaterThan(0);
    const bytes = encodeAdaptation(a);
    // Loads from a view at an odd offset inside a larger buffer.
    const padded = new Uint8Array(bytes.length + 1);
    padded.set(bytes, 1);
    const copy = decodeAdaptation(padded.subarray(1));
    expect(copy.lang).toBe('ar');
    expect(copy.documents).toBe(1);
    expect(copy.stages.map((s) => [...s.table.keys])).toEqual(a.stages.map((s) => [...s.table.keys]));
    copy.stages.forEach((s, i) => s.table.weights.forEach((w, k) => expect(w).toBeCloseTo(a.stages[i]!.table.weights[k]!, 2)));
    const tokens = [['قال', 'كمال', 'الحديثي', 'في', 'الناصرية', '.']];
    expect(withAdaptation(base, copy).labelTokens(tokens)).toEqual(withAdaptation(base, a).labelTokens(tokens));
    expect(encodeAdaptation(copy)).toEqual(bytes);
  });

  it('rejects bytes that are not an adaptation', () => {
    expect(() => decodeAdaptation(new TextEncoder().encode('CFNER2 model'))).toThrow(/not a Casefile case adaptation/);
  });
});
