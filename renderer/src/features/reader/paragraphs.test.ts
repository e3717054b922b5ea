import { describe, expect, it } from 'vitest';
import { displayDate, isWebUrl } from './paragraphs';

describe('reader helpers', () => {
  it('shows the date part of ISO timestamps', () => {
    expect(displayDate('2024-03-05T10:00:00Z')).toBe('2024-03-05');
    expect(displayDate('2024-03-05')).toBe('2024-03-05');
    expect(displayDate('March 2024')).toBe('March 2024');
    expect(displayDate(null)).toBeNull();
  });

  it('accepts only http and https links', () => {
    expect(isWebUrl('https://example.org/news/1')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('file:///etc/passwd')).toBe(false);
    expect(isWebUrl('not a url')).toBe(false);
  });
});
