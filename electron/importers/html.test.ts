import { describe, expect, it } from 'vitest';
import { htmlToArticle } from './html';

const page = (lang: string, paragraphs: string[]) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${paragraphs[0]}</title></head><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

describe('htmlToArticle language', () => {
  it('reads an Arabic article as Arabic even when the site template declares English', () => {
    const a = htmlToArticle(page('en', ['افتتاح جسر جديد في البصرة', 'قال محافظ البصرة إن الجسر الجديد سيفتح أمام السيارات الأسبوع المقبل بعد عامين من العمل.']), 'bridge.html');
    expect(a.language).toBe('ar');
  });

  it('reads an English article as English even when the page declares Arabic', () => {
    const a = htmlToArticle(page('ar', ['Bridge opens in Basra', 'The governor said the new bridge would open to traffic next week after two years of work.']), 'bridge.html');
    expect(a.language).toBe('en');
  });

  it('keeps the declared language when the text is too short to tell', () => {
    const a = htmlToArticle(page('ar', ['2024 — 17:30']), 'times.html');
    expect(a.language).toBe('ar');
  });
});
