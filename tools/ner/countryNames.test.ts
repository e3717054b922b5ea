import { describe, expect, it } from 'vitest';
import { countryNames } from './countryNames';

describe('countryNames', () => {
  it('lists countries in Arabic and English, aliases included', () => {
    const ar = countryNames('ar');
    const en = countryNames('en');
    expect(ar.length).toBeGreaterThan(240);
    expect(ar).toContain('بوتان');
    expect(en).toContain('Bhutan');
    expect(en.filter((n) => n.includes('Korea')).length).toBeGreaterThan(1);
  });
});
