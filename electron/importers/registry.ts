import { extname } from 'node:path';
import { UserError } from '../../shared/ipc/result';
import { markdownImporter, textImporter } from './plainText';
import type { Importer } from './types';

const IMPORTERS: readonly Importer[] = [textImporter, markdownImporter];

export const SUPPORTED_EXTENSIONS = IMPORTERS.flatMap((i) => i.extensions);

export function importerFor(fileName: string): Importer {
  const ext = extname(fileName).slice(1).toLowerCase();
  const importer = IMPORTERS.find((i) => i.extensions.includes(ext));
  if (!importer) {
    const shown = ext === '' ? 'files without an extension' : `.${ext} files`;
    throw new UserError('unsupported', `${shown} are not supported yet (supported: ${SUPPORTED_EXTENSIONS.map((e) => `.${e}`).join(', ')}).`);
  }
  return importer;
}
