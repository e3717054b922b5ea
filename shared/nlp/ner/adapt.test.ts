import { describe, expect, it } from 'vitest';
import { adaptModel, withAdaptation } from './adapt';
import type { CorrectedDocument } from './adaptTags';
import { encodeAdaptation } from './adaptFormat';
import { recognizeEntities } from './recognize';
import { trainTinyModel } from './testCorpus';
import type { WeightTable } from './weights';

const TEXT = 'Kovalenko met Dariusz Nowak in Gdansk.';
const span = (type: 'PER' | 'LOC', name: string) => ({ type, start: TEXT.indexOf(name), end: TEXT.indexOf(name) + name.length });
const CORRECTED: CorrectedDocument = { text: TEXT, entities: [span('PER', 'Kovalenko'), span('PER', 'Dariusz Nowak'), span('LOC', 'Gdansk')] };
const found = (spans: ReturnType<typeof recognizeEntities>) => spans.map((s) => `${s.type}:${s.text}`);

describe('adaptModel', () => {
  it('learns a correction the base model gets wrong, without changing the base', () => {
    const base = trainTinyModel();
    const bytes = base.toBytes();
    const before = found(recognizeEntities(base, TEXT));
    expect(before).toContain('PER:Kovalenko met');
    const adapted = withAdaptation(base, adaptModel(base, [CORRECTED]));
    expect(found(recognizeEntities(adapted, TEXT))).toEqual(['PER:Kovalenko', 'PER:Dariusz Nowak', 'LOC:Gdansk']);
    expect(base.toBytes()).toEqual(bytes);
    expect(found(recognizeEntities(base, TEXT))).toEqual(before);
  });

  it('keeps a sparse delta per stage, including the memory stage', () => {
    const tiny = trainTinyModel();
    const [stage] = tiny.stages;
    const base = tiny.withStages([stage!, stage!]);
    const a = adaptModel(base, [CORRECTED]);
    expect(a.stages).toHaveLength(2);
    expect(a.documents).toBe(1);
    for (const delta of a.stages) expect(delta.table.keys.length).toBeGreaterThan(0);
    expect(a.stages[0]!.table.keys.length).toBeLessThan((stage!.table as WeightTable).keys.length);
    expect(found(recognizeEntities(withAdaptation(base, a), TEXT))).toContain('PER:Kovalenko');
  });

  it('learns rejections too: text left without entities is O', () => {
    const base = trainTinyModel();
    const adapted = withAdaptation(base, adaptModel(base, [{ text: TEXT, entities: [span('PER', 'Dariusz Nowak')] }]));
    expect(found(recognizeEntities(adapted, TEXT))).toEqual(['PER:Dariusz Nowak']);
  });

  it('changes nothing without corrected documents', () => {
    const base = trainTinyModel();
    const a = adaptModel(base, []);
    expect(a.stages.map((s) => s.table.keys.length)).toEqual([0]);
    expect(recognizeEntities(withAdaptation(base, a), TEXT)).toEqual(recognizeEntities(base, TEXT));
  });

  it('is deterministic', () => {
    const base = trainTinyModel();
    expect(encodeAdaptation(adaptModel(base, [CORRECTED]))).toEqual(encodeAdaptation(adaptModel(base, [CORRECTED])));
  });

  it('applies only to a model of its language, and is never baked into a model file', () => {
    const base = trainTinyModel();
    const a = adaptModel(base, [CORRECTED]);
    expect(() => withAdaptation(trainTinyModel('ar'), a)).toThrow(/en adaptation/);
    expect(() => withAdaptation(base, a).toBytes()).toThrow(/stored model/);
  });
});
