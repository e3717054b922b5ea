import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokenize';
import { recognizeEntities, splitSentences } from './recognize';
import { trainTinyModel } from './testCorpus';

describe('splitSentences', () => {
  it('splits at final punctuation and line breaks', () => {
    const text = 'وصل الوزير. ثم غادر؟ نعم\nسطر جديد';
    const sentences = splitSentences(text, tokenize(text)).map((s) => s.map((t) => t.text).join(' '));
    expect(sentences).toEqual(['وصل الوزير .', 'ثم غادر ؟', 'نعم', 'سطر جديد']);
  });
});

describe('recognizeEntities', () => {
  it('returns typed spans with offsets into the original text and a confidence', () => {
    const text = 'Yesterday  John Smith visited Paris.\nMary Jones joined Acme Corp.';
    const spans = recognizeEntities(trainTinyModel(), text);
    for (const s of spans) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
    expect(spans.map((s) => [s.type, s.text])).toEqual(
      expect.arrayContaining([
        ['PER', 'John Smith'],
        ['LOC', 'Paris'],
        ['ORG', 'Acme Corp'],
      ]),
    );
  });
});

describe('confidence temperature', () => {
  it('lowers confidences when scores are divided by a larger temperature', () => {
    const model = trainTinyModel();
    const text = 'Mary Smith visited Berlin.';
    model.temperature = 1;
    const sharp = recognizeEntities(model, text);
    model.temperature = 1000;
    const flat = recognizeEntities(model, text);
    expect(flat.map((s) => s.text)).toEqual(sharp.map((s) => s.text));
    expect(flat[0]!.confidence).toBeLessThan(sharp[0]!.confidence);
  });
});
