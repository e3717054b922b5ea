import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Channel } from '../../../shared/ipc/contract';
import { fail, type Result } from '../../../shared/ipc/result';
import type { BackendHost } from '../backendHost';
import { APP_ORIGIN } from '../rendererProtocol';
import { saveExport } from './exportSave';

/** Only our own page may call the back end (not an iframe, not a page navigated elsewhere). */
function fromOurPage(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && frame.url.startsWith(`${APP_ORIGIN}/`);
}

type MainHandler = (event: IpcMainInvokeEvent, input: unknown) => Promise<Result<unknown>>;

/** One handler per contract channel; the back end validates inputs and outputs with the contract. */
export function registerIpc(backend: BackendHost): void {
  // Channels that need the desktop itself (native dialogs, writing where the user chose) stay in main.
  const inMain: Partial<Record<Channel, MainHandler>> = {
    'app:export.save': (event, input) => saveExport(backend, BrowserWindow.fromWebContents(event.sender), input),
  };
  for (const channel of CHANNELS) {
    const handle = inMain[channel] ?? ((_event, input) => backend.invoke(channel, input));
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!fromOurPage(event)) return fail('forbidden', 'Calls are accepted only from the Casefile window.');
      return handle(event, input);
    });
  }
}
