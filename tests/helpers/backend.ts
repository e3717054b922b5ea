import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { AppInfo } from '../../shared/domain/schemas';
import type { Channel, Input, Output } from '../../shared/ipc/contract';
import { openBackend, type Backend } from '../../electron/backend/openBackend';
import { b64 } from './fixtures';
import { useTempDir } from './tempDir';

/** A real back end on a fresh archive file per test, closed afterwards. */
export function useBackend(host: AppInfo['host'] = 'cli') {
  const tempDir = useTempDir();
  const open: Backend[] = [];
  afterEach(() => {
    for (const b of open.splice(0)) b.close();
  });
  return {
    tempDir,
    open(path?: string): Backend {
      const b = openBackend(path ?? join(tempDir(), 'test.casefile'), host);
      open.push(b);
      return b;
    },
  };
}

/** Invokes a channel and unwraps the Result, failing loudly on an error. */
export const call = <C extends Channel>(backend: Backend, channel: C, input: Input<C>): Promise<Output<C>> => backend.call(channel, input);

/** Creates a case and imports texts into it (file name → text); returns the case id, the summary and the imported ids in order. */
export async function importTexts(backend: Backend, name: string, files: Record<string, string>) {
  const c = await call(backend, 'app:cases.create', { name });
  const summary = await call(backend, 'app:import.files', { caseId: c.id, files: Object.entries(files).map(([file, text]) => ({ name: file, dataBase64: b64(text) })) });
  return { caseId: c.id, summary, ids: summary.outcomes.flatMap((o) => (o.status === 'imported' ? [o.documentId] : [])) };
}

