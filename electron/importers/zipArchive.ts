import { UserError } from '../../shared/ipc/result';
import type { Importer } from './types';
import { isZip, readZip } from './zipLimits';

/** Skips folders and the litter archivers leave (macOS resource forks, hidden files). */
const wanted = (name: string): boolean => !name.endsWith('/') && !name.split('/').some((part) => part.startsWith('.') || part === '__MACOSX');

/** A .zip of articles: its files are imported one by one, each with its own outcome. */
export const zipImporter: Importer = {
  format: 'zip',
  extensions: ['zip'],
  parse(bytes) {
    if (!isZip(bytes)) throw UserError.coded('invalid_input', 'msg.import.notZip');
    const files = readZip(bytes, wanted);
    const entries = Object.entries(files)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, data]) => ({ name, bytes: data }));
    if (entries.length === 0) throw UserError.coded('invalid_input', 'msg.import.zipEmpty');
    return { kind: 'container', entries };
  },
};
