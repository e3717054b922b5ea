import type { ExportFiles } from '../../../../shared/ipc/contract';

// Long enough for the browser to start reading the blob; then the memory is given back.
const REVOKE_AFTER_MS = 30_000;

/** Browser host: hands each file to the browser as a download (a Blob behind a link with download=). */
export function downloadFiles(files: ExportFiles['files'], doc: Document = document): void {
  for (const file of files) {
    const url = URL.createObjectURL(new Blob([file.text], { type: `${file.mediaType};charset=utf-8` }));
    const link = doc.createElement('a');
    link.href = url;
    link.download = file.name;
    link.hidden = true;
    doc.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
