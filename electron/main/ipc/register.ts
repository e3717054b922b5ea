import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../../shared/ipc/contract';
import { fail } from '../../../shared/ipc/result';
import type { BackendHost } from '../backendHost';
import { APP_ORIGIN } from '../rendererProtocol';

/** Only our own page may call the back end (not an iframe, not a page navigated elsewhere). */
function fromOurPage(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && frame.url.startsWith(`${APP_ORIGIN}/`);
}

/** One handler per contract channel; the back end validates inputs and outputs with the contract. */
export function registerIpc(backend: BackendHost): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!fromOurPage(event)) return fail('forbidden', 'Calls are accepted only from the Casefile window.');
      return backend.invoke(channel, input);
    });
  }
}
