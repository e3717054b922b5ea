import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { ARCHIVE_FILE_NAME } from '../backend/archivePath';
import { BackendHost } from './backendHost';
import { registerIpc } from './ipc/register';
import { installMenu } from './menu';
import { registerAppScheme, serveRenderer } from './rendererProtocol';
import { applyAppWideSecurity } from './security';
import { createMainWindow } from './window';

// dist/electron/ holds main, preload and the back-end entry; the renderer is in dist/renderer/.
const preloadPath = join(__dirname, 'preload.cjs');
const rendererDir = join(__dirname, '..', 'renderer');
// better-sqlite3 built against Electron's ABI (tools/build/buildElectronNative.mjs); the Node build stays for tests and the CLI.
const nativeBinding = app.isPackaged
  ? join(process.resourcesPath, 'native', 'better_sqlite3.node')
  : join(__dirname, '..', '..', 'native-electron', 'better_sqlite3.node');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  applyAppWideSecurity();
  const backend = new BackendHost(join(__dirname, 'backendProcess.cjs'), process.env.CASEFILE_ARCHIVE ?? join(app.getPath('userData'), ARCHIVE_FILE_NAME), nativeBinding);

  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });

  void app.whenReady().then(() => {
    serveRenderer(rendererDir);
    backend.start();
    registerIpc(backend);
    installMenu();
    createMainWindow(preloadPath);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preloadPath);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => backend.stop());
}
