import { describe, expect, it } from 'vitest';
import { latinKey } from './latinKey';

const press = (key: string, code: string, shiftKey = false) => ({ key, code, shiftKey, altKey: false, ctrlKey: false, metaKey: false });

describe('latinKey', () => {
  it('reads letters typed on an Arabic layout by their physical key', () => {
    expect(latinKey(press('ش', 'KeyA'))).toBe('a');
    expect(latinKey(press('خ', 'KeyO'))).toBe('o');
    expect(latinKey(press('ت', 'KeyJ'))).toBe('j');
  });

  it('reads the Arabic layout\'s slash key as "/" and, with Shift, "?"', () => {
    expect(latinKey(press('ظ', 'Slash'))).toBe('/');
    expect(latinKey(press('؟', 'Slash', true))).toBe('?');
  });

  it('leaves Latin characters and named keys as typed', () => {
    expect(latinKey(press('?', 'Slash', true))).toBe('?');
    expect(latinKey(press('z', 'KeyY'))).toBe('z');
    expect(latinKey(press('Enter', 'Enter'))).toBe('Enter');
  });
});
