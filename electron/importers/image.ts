import { UserError } from '../../shared/ipc/result';
import type { Importer } from './types';

export const imageImporter: Importer = {
  format: 'image',
  extensions: ['png', 'jpg', 'jpeg', 'tif', 'tiff', 'gif', 'bmp', 'webp'],
  parse() {
    throw new UserError('unsupported', 'Images need OCR, which is not available yet.');
  },
};
