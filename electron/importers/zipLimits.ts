import { unzipSync, type UnzipFileInfo } from 'fflate';
import { UserError } from '../../shared/ipc/result';

/** Limits against zip bombs: a real archive of articles stays far below each. */
export const ZIP_LIMITS = {
  maxEntries: 10_000,
  maxTotalBytes: 512 * 1024 * 1024,
  /** Text compresses about 3–10×; a ratio above this is a bomb, not an article. */
  maxRatio: 200,
  /** Small entries may compress very well (a repeated header), so the ratio applies above this size. */
  ratioFloorBytes: 1024 * 1024,
};

const PK = [0x50, 0x4b, 0x03, 0x04];
export const isZip = (bytes: Uint8Array): boolean => PK.every((b, i) => bytes[i] === b) || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x05 && bytes[3] === 0x06);

const zipBomb = (english: string) => UserError.coded('invalid_input', 'msg.import.zipBomb', {}, english);

/** Checks an entry's declared sizes before anything is inflated. */
function guard(state: { entries: number; total: number }, file: UnzipFileInfo): void {
  state.entries++;
  state.total += file.originalSize;
  if (state.entries > ZIP_LIMITS.maxEntries) throw zipBomb(`The archive has more than ${ZIP_LIMITS.maxEntries} entries (refused as a possible zip bomb).`);
  if (state.total > ZIP_LIMITS.maxTotalBytes) {
    throw zipBomb(`The archive would expand beyond ${ZIP_LIMITS.maxTotalBytes / 1048576} MB (refused as a possible zip bomb).`);
  }
  if (file.originalSize > ZIP_LIMITS.ratioFloorBytes && file.originalSize > Math.max(1, file.size) * ZIP_LIMITS.maxRatio) {
    throw zipBomb(`"${file.name}" expands ${Math.round(file.originalSize / Math.max(1, file.size))}× (refused as a possible zip bomb).`);
  }
}

/**
 * The entries of a zip archive (or of a format built on zip) that `want` selects, inflated within
 * the limits above. Sizes are checked as declared and again as inflated, so a lying header fails too.
 * `format` names a document built on zip (Word): damage is then reported as a damaged document,
 * since "zip" means nothing to someone who saved a .docx.
 */
export function readZip(bytes: Uint8Array, want: (name: string) => boolean = () => true, format?: string): Record<string, Uint8Array> {
  const state = { entries: 0, total: 0 };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        guard(state, file);
        return want(file.name);
      },
    });
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (format) throw UserError.coded('invalid_input', 'msg.import.damagedDocument', { format });
    throw UserError.coded('invalid_input', 'msg.import.zipDamaged', {}, `The zip archive is damaged (${error instanceof Error ? error.message : String(error)}).`);
  }
  const inflated = Object.values(files).reduce((n, f) => n + f.byteLength, 0);
  if (inflated > ZIP_LIMITS.maxTotalBytes) throw zipBomb('The archive expands beyond its limits (refused as a possible zip bomb).');
  return files;
}
