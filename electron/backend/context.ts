import { userInfo } from 'node:os';
import type { AppInfo } from '../../shared/domain/schemas';
import type { Archive } from '../db/connection';
import { newUid } from '../db/ids';
import { createExtractor, type Extractor } from '../nlp/extractor';
import { Operations, type ProgressListener } from './progress';

/** What every service needs: the archive, who acts, and the operations registry. */
export interface BackendContext {
  archive: Archive;
  host: AppInfo['host'];
  version: string;
  actor: string;
  operations: Operations;
  now(): string;
  uid(): string;
  /** The extraction workers, started on first use. */
  extractor(): Extractor;
  close(): Promise<void>;
}

function currentUser(): string {
  try {
    return userInfo().username || 'local user';
  } catch {
    return 'local user';
  }
}

export function createContext(options: {
  archive: Archive;
  host: AppInfo['host'];
  version: string;
  onProgress: ProgressListener;
}): BackendContext {
  let extractor: Extractor | undefined;
  return {
    archive: options.archive,
    host: options.host,
    version: options.version,
    actor: currentUser(),
    operations: new Operations(options.onProgress),
    now: () => new Date().toISOString(),
    uid: () => newUid(),
    extractor: () => (extractor ??= createExtractor()),
    close: async () => {
      await extractor?.close();
      extractor = undefined;
    },
  };
}
