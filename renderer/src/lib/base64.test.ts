import { describe, expect, it } from 'vitest';
import { base64Length, bytesToBase64 } from './base64';

describe('base64', () => {
  it('matches Node for text and for buffers larger than one chunk', () => {
    const arabic = new TextEncoder().encode('قال المتحدث باسم الوزارة إن الاجتماع سيُعقد غدًا.');
    expect(bytesToBase64(arabic)).toBe(Buffer.from(arabic).toString('base64'));
    const big = new Uint8Array(100_003).map((_, i) => (i * 31) % 256);
    const encoded = bytesToBase64(big);
    expect(encoded).toBe(Buffer.from(big).toString('base64'));
    expect(encoded.length).toBe(base64Length(big.length));
  });

  it('handles empty input', () => {
    expect(bytesToBase64(new Uint8Array())).toBe('');
    expect(base64Length(0)).toBe(0);
  });
});
