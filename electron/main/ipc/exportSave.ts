import { app, dialog, type BrowserWindow } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contract, type ExportFiles, type Output } from '../../../shared/ipc/contract';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import type { BackendHost } from '../backendHost';

type Saved = Output<'app:export.save'>;

/** Where to save: a file for one JSON file, a folder for the CSV tables. Null when the user cancels. */
async function chooseTargets(win: BrowserWindow | null, files: ExportFiles['files']): Promise<string[] | null> {
  const first = files[0]!;
  const defaultDir = app.getPath('documents');
  if (files.length === 1) {
    const options = { title: 'Export case', defaultPath: join(defaultDir, first.name), filters: [{ name: 'JSON', extensions: ['json'] }] };
    const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return r.canceled || !r.filePath ? null : [r.filePath];
  }
  const options = {
    title: `Export case: choose a folder for ${files.map((f) => f.name).join(', ')}`,
    defaultPath: defaultDir,
    buttonLabel: 'Export here',
    properties: ['openDirectory' as const, 'createDirectory' as const],
  };
  const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  const dir = r.filePaths[0];
  return r.canceled || dir === undefined ? null : files.map((f) => join(dir, f.name));
}

/**
 * app:export.save in Electron: the back end builds the files (read-only, one transaction), the
 * user picks where they go in a native dialog, and main writes them; the page never gets a path.
 */
export async function saveExport(backend: BackendHost, win: BrowserWindow | null, input: unknown): Promise<Result<Saved>> {
  const request = contract['app:export.save'].input.safeParse(input);
  if (!request.success) return fail('invalid_input', request.error.issues.map((i) => i.message).join('; '));
  const built = await backend.invoke('app:export.build', request.data);
  if (!built.ok) return built;
  const { files } = built.value as ExportFiles;
  const targets = await chooseTargets(win, files);
  if (!targets) return ok({ saved: false, paths: [] });
  try {
    await Promise.all(files.map((f, i) => writeFile(targets[i]!, f.text, 'utf8')));
  } catch (error) {
    return fail('internal', `The export could not be written: ${error instanceof Error ? error.message : String(error)}`);
  }
  return ok({ saved: true, paths: targets });
}
