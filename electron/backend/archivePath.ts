import { homedir } from 'node:os';
import { join } from 'node:path';

/** The folder Electron's app.getPath('userData') gives for productName Casefile, without Electron. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Casefile');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Casefile');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Casefile');
}

export const ARCHIVE_FILE_NAME = 'archive.casefile';

/** --archive wins, then CASEFILE_ARCHIVE, then the desktop app's own archive. */
export function resolveArchivePath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return flag;
  if (env.CASEFILE_ARCHIVE) return env.CASEFILE_ARCHIVE;
  return join(userDataDir(env), ARCHIVE_FILE_NAME);
}
