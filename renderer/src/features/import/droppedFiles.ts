import type { Input } from '../../../../shared/ipc/contract';

export type ColumnMapping = NonNullable<Input<'app:import.files'>['mapping']>;

/** A file to import with the name the archive should record (a folder-relative path when there is one). */
export interface PendingFile {
  name: string;
  file: File;
  /** For a CSV/TSV/JSON/JSONL file: the columns the user chose for each field. */
  mapping?: ColumnMapping;
}

export function fromFileList(list: FileList | null): PendingFile[] {
  return Array.from(list ?? [], (file) => ({ name: file.webkitRelativePath || file.name, file }));
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function walk(entry: FileSystemEntry, out: PendingFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ name: entry.fullPath.replace(/^\//, ''), file });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns at most ~100 entries per call; an empty batch means the folder is done.
  for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) {
    for (const child of batch) await walk(child, out);
  }
}

/** Files from a drop, descending into dropped folders. */
export async function fromDataTransfer(data: DataTransfer): Promise<PendingFile[]> {
  const entries = Array.from(data.items, (item) => item.webkitGetAsEntry()).filter((e): e is FileSystemEntry => e !== null);
  if (entries.length === 0) return fromFileList(data.files);
  const out: PendingFile[] = [];
  for (const entry of entries) await walk(entry, out);
  return out;
}
