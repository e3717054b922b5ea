import { describe, expect, it } from 'vitest';
import { parseFile } from '../../electron/importers/parseFile';
import { useTempDir } from '../helpers/tempDir';
import { hasChromium, printToPdf, screenshot } from './chromiumPdf';

const page = (lang: string, lines: string[]) =>
  `<!doctype html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><style>body{font:28px 'DejaVu Sans';background:#fff;color:#000;margin:30px}</style></head><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`;

describe.skipIf(!hasChromium)('OCR of images, offline', () => {
  const tempDir = useTempDir();

  it('reads an English scan', async () => {
    const png = screenshot(page('en', ['Flood barriers raised', 'Engineers worked through the night.']), tempDir());
    const r = await parseFile(png, 'scan.png');
    const a = r.kind === 'articles' ? r.articles[0] : undefined;
    expect(a?.title).toBe('Flood barriers raised');
    expect(a?.text).toContain('Engineers worked through the night.');
  }, 120_000);

  it('reads an Arabic scan', async () => {
    const png = screenshot(page('ar', ['أعلنت وزارة الموارد المائية', 'رفع السدود المؤقتة على نهر دجلة']), tempDir());
    const r = await parseFile(png, 'scan-ar.png');
    const text = r.kind === 'articles' ? (r.articles[0]?.text ?? '') : '';
    expect(text).toMatch(/وزارة/);
    expect(text).toMatch(/دجلة/);
  }, 120_000);
});

describe.skipIf(!hasChromium)('OCR of a scanned PDF (no text layer)', () => {
  const tempDir = useTempDir();

  it('reads the page image', async () => {
    const dir = tempDir();
    const png = screenshot(page('en', ['Ferry service resumes', 'The crossing reopened on Monday.']), dir);
    const scan = printToPdf(`<!doctype html><html><body style="margin:0"><img src="data:image/png;base64,${Buffer.from(png).toString('base64')}" style="width:100%"></body></html>`, dir);
    const r = await parseFile(scan, 'scan.pdf');
    const a = r.kind === 'articles' ? r.articles[0] : undefined;
    expect(a?.title).toBe('Ferry service resumes');
    expect(a?.text).toContain('The crossing reopened on Monday.');
  }, 120_000);
});
