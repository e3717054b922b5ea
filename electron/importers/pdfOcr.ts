import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { recognise } from './ocr';

interface DecodedImage {
  width: number;
  height: number;
  /** 1: 1 bit grey, 2: RGB, 3: RGBA (pdf.js ImageKind). */
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** Images smaller than this are logos and rules, not scanned pages. */
const MIN_SIDE = 200;

/** A 24-bit BMP of a decoded PDF image: the simplest format the OCR engine reads. */
export function toBmp(img: DecodedImage): Uint8Array {
  const rowSize = Math.ceil((img.width * 3) / 4) * 4;
  const out = Buffer.alloc(54 + rowSize * img.height);
  out.write('BM', 0, 'latin1');
  out.writeUInt32LE(out.length, 2);
  out.writeUInt32LE(54, 10);
  out.writeUInt32LE(40, 14);
  out.writeInt32LE(img.width, 18);
  out.writeInt32LE(img.height, 22);
  out.writeUInt16LE(1, 26);
  out.writeUInt16LE(24, 28);
  out.writeUInt32LE(rowSize * img.height, 34);
  const rowBits = Math.ceil(img.width / 8);
  for (let y = 0; y < img.height; y++) {
    const row = 54 + (img.height - 1 - y) * rowSize;
    for (let x = 0; x < img.width; x++) {
      let r: number, g: number, b: number;
      if (img.kind === 1) {
        const bit = ((img.data[y * rowBits + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1;
        r = g = b = bit ? 255 : 0;
      } else {
        const i = (y * img.width + x) * (img.kind === 3 ? 4 : 3);
        [r, g, b] = [img.data[i] ?? 0, img.data[i + 1] ?? 0, img.data[i + 2] ?? 0];
      }
      out[row + x * 3] = b;
      out[row + x * 3 + 1] = g;
      out[row + x * 3 + 2] = r;
    }
  }
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

const objectOf = (page: PDFPageProxy, name: string): Promise<unknown> =>
  new Promise((resolve) => (name.startsWith('g_') ? page.commonObjs : page.objs).get(name, resolve));

/** Text read by OCR from the page-sized images of a page without a text layer (a scan). */
export async function ocrPage(page: PDFPageProxy, paintImage: number): Promise<string> {
  const ops = await page.getOperatorList();
  const texts: string[] = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    if (ops.fnArray[i] !== paintImage) continue;
    const name = (ops.argsArray[i] as unknown[])[0];
    if (typeof name !== 'string') continue;
    const img = (await objectOf(page, name)) as DecodedImage | null;
    if (!img?.data || img.width < MIN_SIDE || img.height < MIN_SIDE) continue;
    const { text } = await recognise(toBmp(img));
    if (text !== '') texts.push(text);
  }
  return texts.join('\n\n');
}
