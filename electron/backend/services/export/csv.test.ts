import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../tests/helpers/parseCsv';
import { csvField, toCsv, UTF8_BOM } from './csv';

describe('CSV', () => {
  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    const csv = toCsv({ header: ['a', 'b'], rows: [['1', '2']] });
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('a,b\r\n1,2\r\n');
  });

  it('quotes commas, quotes and line breaks, and doubles inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Basra, Iraq')).toBe('"Basra, Iraq"');
    expect(csvField('He said "no"')).toBe('"He said ""no"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  it('writes numbers, booleans and empty cells', () => {
    expect(csvField(3)).toBe('3');
    expect(csvField(false)).toBe('false');
    expect(csvField(null)).toBe('');
  });

  it('keeps Arabic text as is and round-trips a claim with a quote, a comma and a line break', () => {
    const claim = 'قال الوزير: «المياه ستصل، خلال يومين»\nوأضاف "لا تأخير"';
    const csv = toCsv({ header: ['المتحدث', 'المضمون'], rows: [['وزير الري', claim], ['Omar Khalil', 'Prices, he said, will fall']] });
    expect(parseCsv(csv.slice(1))).toEqual([
      ['المتحدث', 'المضمون'],
      ['وزير الري', claim],
      ['Omar Khalil', 'Prices, he said, will fall'],
    ]);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('مدينة=1')).toBe('مدينة=1');
  });
});
