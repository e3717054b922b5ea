// Builds better-sqlite3 against Electron's headers into native-electron/, leaving the Node build
// in node_modules untouched, so tests and the CLI (Node) and the app (Electron) both load it
// without rebuilding back and forth. Needs a machine that can download Electron's headers.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, copyFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const source = dirname(require.resolve('better-sqlite3/package.json'));
const work = join('.cache', 'electron-native', 'better-sqlite3');
const nodeGyp = process.env.npm_config_node_gyp;
if (!nodeGyp) throw new Error('Run this through npm (npm run build:electron-native) so node-gyp is known.');

rmSync(work, { recursive: true, force: true });
mkdirSync(dirname(work), { recursive: true });
cpSync(source, work, { recursive: true, filter: (p) => !p.includes(`${join('better-sqlite3', 'build')}`) });
execFileSync(process.execPath, [nodeGyp, 'rebuild', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'], {
  cwd: work,
  stdio: 'inherit',
});
mkdirSync('native-electron', { recursive: true });
copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), join('native-electron', 'better_sqlite3.node'));
console.log(`native-electron/better_sqlite3.node built for Electron ${electronVersion}`);
