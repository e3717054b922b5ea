import { describe, expect, it } from 'vitest';
import { applyEnglishConventions } from './entityConventions';

const span = (text: string, sub: string, type = 'MISC') => {
  const start = text.indexOf(sub);
  return { type, start, end: start + sub.length, text: sub };
};

describe('applyEnglishConventions', () => {
  it('drops nationality and religion adjectives tagged MISC', () => {
    const text = 'Indonesian and South Korean officials met Muslims and Buddhist monks, an anti-Pyongyang group said.';
    const spans = ['Indonesian', 'South Korean', 'Muslims', 'Buddhist', 'anti-Pyongyang'].map((s) => span(text, s));
    expect(applyEnglishConventions(spans, text)).toEqual([]);
  });

  it('keeps events, laws and other names, and names of other types', () => {
    const text = 'The Hajj, the Olympic Games and the Kyoto Protocol; Indonesian Navy ships.';
    const spans = [span(text, 'Hajj'), span(text, 'Olympic Games'), span(text, 'Kyoto Protocol'), span(text, 'Indonesian Navy', 'ORG')];
    expect(applyEnglishConventions(spans, text).map((s) => s.text)).toEqual(['Hajj', 'Olympic Games', 'Kyoto Protocol', 'Indonesian Navy']);
  });

  it('leaves a possessive outside the name', () => {
    const text = "New Zealand's flag";
    expect(applyEnglishConventions([span(text, "New Zealand's", 'LOC')], text)).toEqual([{ type: 'LOC', start: 0, end: 11, text: 'New Zealand' }]);
  });
});
