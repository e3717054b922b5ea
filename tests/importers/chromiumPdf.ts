import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** Prints an HTML page to PDF with headless Chromium, as a browser's "Save as PDF" would (real fonts, shaping, bidi). */
export function printToPdf(html: string, dir: string): Uint8Array {
  const source = join(dir, 'print.html');
  const out = join(dir, 'print.pdf');
  writeFileSync(source, html);
  execFileSync(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${out}`, `file://${source}`], { stdio: 'ignore', timeout: 60_000 });
  return new Uint8Array(readFileSync(out));
}

/** A screenshot of an HTML page with headless Chromium: a stand-in for a scanned article. */
export function screenshot(html: string, dir: string, size = '900,400'): Uint8Array {
  const source = join(dir, 'shot.html');
  const out = join(dir, 'shot.png');
  writeFileSync(source, html);
  execFileSync(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--window-size=${size}`, `--screenshot=${out}`, `file://${source}`], { stdio: 'ignore', timeout: 60_000 });
  return new Uint8Array(readFileSync(out));
}
