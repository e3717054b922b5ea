import type { CasefileClient } from '../../shared/ipc/client';

/** What the preload puts on window: the only thing the renderer may know about Electron. */
declare global {
  interface Window {
    casefile?: CasefileClient;
  }
}

export {};
