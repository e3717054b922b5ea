import { describe, expect, it } from 'vitest';
import { applyArabicConventions, arabicOrgPhrases } from './arabicOrgPhrases';
import type { EntitySpan } from './ner';

const phrases = (text: string) => arabicOrgPhrases(text).map((p) => text.slice(p.start, p.end));

describe('arabicOrgPhrases', () => {
  it('reads a head with its genitive and nisba adjectives, proclitics of the head left out', () => {
    expect(phrases('أعلنت وزارة الداخلية العراقية اليوم أن قوات الأمن اعتقلت خمسة.')).toEqual(['وزارة الداخلية العراقية', 'قوات الأمن']);
    expect(phrases('وطالب مجلس الأمن الدولي وبمنظمة الصحة العالمية بالتحرك.')).toEqual(['مجلس الأمن الدولي', 'منظمة الصحة العالمية']);
    expect(phrases('وقالت الحكومة العراقية إن الجيش التركي انسحب، وللحكومة اليمنية رأي آخر.')).toEqual(['الحكومة العراقية', 'الجيش التركي', 'لحكومة اليمنية']);
  });

  it('leaves descriptions, dates and look-alikes alone', () => {
    expect(phrases('قالت الحكومة الحالية إن الشركة اليابانية ستفتح مكتبا.')).toEqual([]);
    expect(phrases('فتح الصندوق الخلفي للسيارة يوم الأربعاء.')).toEqual([]);
    // The article as written: إليزابيث only looks definite once hamza is folded.
    expect(phrases('التقت وزارة إليزابيث بالوفد.')).toEqual([]);
    // A nisba after the name, then a weekday: the weekday stays out.
    expect(phrases('انسحب الجيش التركي الأربعاء.')).toEqual(['الجيش التركي']);
  });
});

describe('applyArabicConventions', () => {
  const text = 'وأكدت وزارة الداخلية العراقية أن الوفد وصل إلى بغداد.';
  const span = (type: EntitySpan['type'], part: string): EntitySpan => {
    const start = text.indexOf(part);
    return { type, start, end: start + part.length, text: part, confidence: 0.7 };
  };

  it('replaces the pieces a model tagged inside a longer organisation name', () => {
    const out = applyArabicConventions([span('ORG', 'الداخلية'), span('LOC', 'بغداد')], text);
    expect(out.map((s) => [s.type, s.text])).toEqual([
      ['ORG', 'وزارة الداخلية العراقية'],
      ['LOC', 'بغداد'],
    ]);
  });

  it('keeps the model where its span reaches beyond the phrase', () => {
    const out = applyArabicConventions([span('ORG', 'العراقية أن الوفد')], text);
    expect(out.map((s) => s.text)).toEqual(['العراقية أن الوفد']);
  });
});
