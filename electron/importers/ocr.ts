import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Worker as OcrWorker } from 'tesseract.js';
import { UserError } from '../../shared/ipc/result';

const LANGUAGES = ['ara', 'eng'];

function resolvePackage(request: string): string {
  // Bundles are CommonJS (require); sources run as ES modules under vitest or tsx.
  return typeof require === 'function' && typeof require.resolve === 'function' ? require.resolve(request) : createRequire(import.meta.url).resolve(request);
}

/**
 * The language data shipped with the app (@tesseract.js-data/ara and eng) gathered into one
 * local folder, as tesseract reads every language from one path. A local path and no cache
 * mean tesseract never fetches anything.
 */
async function languageFolder(): Promise<string> {
  const folder = join(tmpdir(), 'casefile-ocr-data');
  await mkdir(folder, { recursive: true });
  for (const code of LANGUAGES) {
    const source = join(dirname(resolvePackage(`@tesseract.js-data/${code}/package.json`)), '4.0.0', `${code}.traineddata.gz`);
    await copyFile(source, join(folder, `${code}.traineddata.gz`));
  }
  return folder;
}

let worker: Promise<OcrWorker> | null = null;

/** One OCR engine per parsing thread, loaded on first use (the language data takes seconds to load). */
function engine(): Promise<OcrWorker> {
  worker ??= (async () => {
    const { createWorker } = await import('tesseract.js');
    return createWorker(LANGUAGES, 1, { langPath: await languageFolder(), cacheMethod: 'none', gzip: true, logger: () => undefined, errorHandler: () => undefined });
  })();
  worker.catch(() => {
    worker = null;
  });
  return worker;
}

/** Text recognised in an encoded image (PNG, JPEG, TIFF, BMP, GIF, WebP), Arabic and English. */
export async function recognise(image: Uint8Array): Promise<{ text: string; confidence: number }> {
  let result;
  try {
    result = await (await engine()).recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength));
  } catch (error) {
    throw UserError.coded('invalid_input', 'msg.import.imageUnreadable', {}, `The image cannot be read (${error instanceof Error ? error.message : String(error)}).`);
  }
  // Tesseract marks direction with invisible bidi controls; the stored text keeps logical order without them.
  const text = result.data.text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  return { text, confidence: result.data.confidence / 100 };
}
