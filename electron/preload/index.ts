/**
 * The sandboxed preload: window.casefile is the contract's typed client and nothing else.
 * Channels and events outside the contract are refused here, before they reach main.
 */
import './zodJitless';
import { contextBridge, ipcRenderer } from 'electron';
import { EVENT_NAMES, isChannel, type EventName } from '../../shared/ipc/contract';
import type { CasefileClient } from '../../shared/ipc/client';
import { fail } from '../../shared/ipc/result';

const client: CasefileClient = {
  invoke: (channel, input) =>
    isChannel(channel) ? ipcRenderer.invoke(channel, input) : Promise.resolve(fail('invalid_input', `Unknown channel: ${String(channel)}`)),
  on(event, listener) {
    if (!EVENT_NAMES.includes(event as EventName)) throw new Error(`Unknown event: ${String(event)}`);
    const wrapped = (_e: Electron.IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('casefile', client);
