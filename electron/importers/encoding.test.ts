import { describe, expect, it } from 'vitest';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE, cp1256, utf16be, utf16le, utf8, utf8Bom } from '../../tests/helpers/fixtures';
import iconv from 'iconv-lite';
import { decodeText, decodeWith } from './encoding';

describe('decodeText', () => {
  it.each([
    ['utf-8', utf8(ARABIC_ARTICLE)],
    ['utf-8-bom', utf8Bom(ARABIC_ARTICLE)],
    ['utf-16le', utf16le(ARABIC_ARTICLE)],
    ['utf-16be', utf16be(ARABIC_ARTICLE)],
    ['windows-1256', cp1256(ARABIC_ARTICLE.replace(/[«»]/g, '"'))],
  ])('decodes Arabic text saved as %s', (encoding, bytes) => {
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toContain('العميد سامر الحداد');
    expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('reads plain ASCII English as UTF-8', () => {
    expect(decodeText(utf8(ENGLISH_ARTICLE))).toMatchObject({ encoding: 'utf-8', text: ENGLISH_ARTICLE });
  });

  it('falls back to windows-1252 for Western single-byte text', () => {
    const bytes = new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' in M'), 0xfc, ...utf8('nchen, na'), 0xef, ...utf8('ve reporting')]);
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe('Café in München, naïve reporting');
  });

  it('refuses binary content', () => {
    expect(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]))).toThrow(/binary/);
  });

  it('refuses a UTF-8 BOM followed by invalid UTF-8', () => {
    expect(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0x28]))).toThrow(/invalid UTF-8/);
  });
});

describe('single-byte Arabic code pages', () => {
  const text = 'قال المتحدث إن الطرق في المدينة أعيد فتحها بعد الظهر.';
  it('tells ISO-8859-6 from windows-1256', () => {
    const bytes = new Uint8Array(iconv.encode(text, 'iso-8859-6'));
    expect(decodeText(bytes)).toMatchObject({ encoding: 'iso-8859-6', text });
  });
  it('re-decodes with a user-chosen encoding', () => {
    const bytes = cp1256(text);
    expect(decodeWith(bytes, 'iso-8859-6').text).not.toBe(text);
    expect(decodeWith(bytes, 'windows-1256')).toMatchObject({ text, encoding: 'windows-1256', confidence: 1 });
    expect(() => decodeWith(bytes, 'klingon-8')).toThrow(/Unknown encoding/);
  });
});
