import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * The bundled worker script beside the running bundle (dist/ or dist/electron/), or null when
 * running from source. In a packaged app the scripts are unpacked from the asar (electron-builder
 * asarUnpack), since a worker thread cannot start from inside the archive.
 */
export function bundledWorker(here: string, fileName: string): string | null {
  const inBundle = join(here, fileName);
  const unpacked = inBundle.replace(`${sep}app.asar${sep}`, `${sep}app.asar.unpacked${sep}`);
  if (unpacked !== inBundle && existsSync(unpacked)) return unpacked;
  return existsSync(inBundle) ? inBundle : null;
}
