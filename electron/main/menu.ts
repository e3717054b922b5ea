import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import type { EventPayload } from '../../shared/ipc/contract';

function sendCommand(command: EventPayload<'app:menu'>['command']): void {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  win?.webContents.send('app:menu', { command });
}

export function installMenu(): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Case…', accelerator: 'CmdOrCtrl+N', click: () => sendCommand('newCase') },
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => sendCommand('import') },
        { label: 'Search', accelerator: 'CmdOrCtrl+F', click: () => sendCommand('search') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
