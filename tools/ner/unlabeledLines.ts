import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { unlabeledPath } from './paths';

/** Streams the lines of gzipped unlabeled files. */
export async function* unlabeledLines(files: string[]): AsyncGenerator<string> {
  for (const file of files) {
    const input = fs.createReadStream(unlabeledPath(file)).pipe(zlib.createGunzip());
    for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) yield line;
  }
}
