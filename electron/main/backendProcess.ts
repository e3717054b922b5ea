/**
 * Entry of the back-end utility process: SQLite and extraction run here, so the window never
 * waits on them. Started by backendHost.ts with the archive path and the native module path.
 */
import { existsSync } from 'node:fs';
import { openBackend, type Backend } from '../backend/openBackend';
import type { FromBackend, ToBackend } from './backendMessages';

const parentPort = process.parentPort;
const post = (message: FromBackend): void => parentPort.postMessage(message);

const [archivePath, nativeBinding] = process.argv.slice(2);
let backend: Backend | undefined;
try {
  if (!archivePath) throw new Error('No archive path given to the back-end process.');
  backend = openBackend(archivePath, 'electron', nativeBinding && existsSync(nativeBinding) ? { nativeBinding } : {});
  backend.subscribe((event, payload) => post({ type: 'event', event, payload }));
  post({ type: 'ready' });
} catch (error) {
  post({ type: 'fatal', message: error instanceof Error ? error.message : String(error) });
}

parentPort.on('message', (e: { data: ToBackend }) => {
  const msg = e.data;
  if (msg.type !== 'invoke' || !backend) return;
  const b = backend;
  void b.invoke(msg.channel, msg.input).then((result) => post({ type: 'result', id: msg.id, result }));
});

process.on('exit', () => backend?.close());
