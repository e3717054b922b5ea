import { UserError } from '../../shared/ipc/result';
import { recognise } from './ocr';
import { titleFrom } from './title';
import { articles, type Importer } from './types';

const MIME: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', tif: 'image/tiff', tiff: 'image/tiff', gif: 'image/gif', bmp: 'image/bmp', webp: 'image/webp' };

/** A scanned or photographed article: its text by OCR (Arabic and English, offline). */
export const imageImporter: Importer = {
  format: 'image',
  extensions: Object.keys(MIME),
  async parse(bytes, name) {
    if (bytes.byteLength === 0) throw UserError.coded('invalid_input', 'msg.import.empty');
    const { text } = await recognise(bytes);
    if (text === '') throw UserError.coded('invalid_input', 'msg.import.imageNoText');
    return articles({ title: titleFrom(text, name), text, mime: MIME[name.toLowerCase().split('.').pop() ?? ''] ?? 'image/*', encoding: null });
  },
};
