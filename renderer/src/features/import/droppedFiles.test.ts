import { describe, expect, it } from 'vitest';
import { fromDataTransfer, fromFileList } from './droppedFiles';

const file = (name: string, relative = '') => Object.assign(new File(['x'], name), { webkitRelativePath: relative });

function fileEntry(fullPath: string): FileSystemEntry {
  const name = fullPath.split('/').pop() ?? fullPath;
  return { isFile: true, isDirectory: false, fullPath, name, file: (ok: (f: File) => void) => ok(file(name)) } as unknown as FileSystemEntry;
}

/** A folder whose reader hands out its children two at a time, like browsers do in batches. */
function dirEntry(fullPath: string, children: FileSystemEntry[]): FileSystemEntry {
  return {
    isFile: false,
    isDirectory: true,
    fullPath,
    createReader: () => {
      let next = 0;
      return { readEntries: (ok: (e: FileSystemEntry[]) => void) => ok(children.slice(next, (next += 2))) };
    },
  } as unknown as FileSystemEntry;
}

describe('dropped and picked files', () => {
  it('names picked files by their folder-relative path when there is one', () => {
    const list = [file('a.txt'), file('b.txt', 'clips/b.txt')] as unknown as FileList;
    expect(fromFileList(list).map((p) => p.name)).toEqual(['a.txt', 'clips/b.txt']);
    expect(fromFileList(null)).toEqual([]);
  });

  it('walks dropped folders, reading every batch of entries', async () => {
    const tree = dirEntry('/clips', [
      fileEntry('/clips/1.txt'),
      fileEntry('/clips/2.txt'),
      dirEntry('/clips/old', [fileEntry('/clips/old/3.txt')]),
      fileEntry('/clips/4.txt'),
    ]);
    const data = { items: [{ webkitGetAsEntry: () => tree }], files: [] } as unknown as DataTransfer;
    const names = (await fromDataTransfer(data)).map((p) => p.name);
    expect(names).toEqual(['clips/1.txt', 'clips/2.txt', 'clips/old/3.txt', 'clips/4.txt']);
  });

  it('falls back to the plain file list when entries are unavailable', async () => {
    const data = { items: [{ webkitGetAsEntry: () => null }], files: [file('solo.txt')] } as unknown as DataTransfer;
    expect((await fromDataTransfer(data)).map((p) => p.name)).toEqual(['solo.txt']);
  });
});
