import { BrowserWindow, utilityProcess, type UtilityProcess } from 'electron';
import { fail, type Result } from '../../shared/ipc/result';
import type { FromBackend, ToBackend } from './backendMessages';

/** Runs the back end in a utility process and relays calls and events. */
export class BackendHost {
  private child: UtilityProcess | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, (r: Result<unknown>) => void>();
  private ready: Promise<void> = Promise.resolve();
  private fatal: string | undefined;

  constructor(
    private readonly entry: string,
    private readonly archivePath: string,
    private readonly nativeBinding: string,
  ) {}

  start(): void {
    const child = utilityProcess.fork(this.entry, [this.archivePath, this.nativeBinding], { serviceName: 'Casefile back end' });
    this.child = child;
    this.ready = new Promise((resolve) => {
      child.on('message', (msg: FromBackend) => {
        if (msg.type === 'ready') resolve();
        else if (msg.type === 'fatal') {
          this.fatal = msg.message;
          resolve();
        } else if (msg.type === 'result') {
          this.pending.get(msg.id)?.(msg.result);
          this.pending.delete(msg.id);
        } else if (msg.type === 'event') {
          for (const win of BrowserWindow.getAllWindows()) win.webContents.send(msg.event, msg.payload);
        }
      });
    });
    child.on('exit', (code) => {
      for (const settle of this.pending.values()) settle(fail('internal', `The back end stopped (exit code ${code}).`));
      this.pending.clear();
      this.child = undefined;
    });
  }

  async invoke(channel: string, input: unknown): Promise<Result<unknown>> {
    await this.ready;
    if (this.fatal) return fail('archive_invalid', this.fatal);
    const child = this.child;
    if (!child) return fail('internal', 'The back end is not running.');
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      const message: ToBackend = { type: 'invoke', id, channel, input };
      child.postMessage(message);
    });
  }

  stop(): void {
    this.child?.kill();
  }
}
