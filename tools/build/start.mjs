// `npm start`: the desktop app where Electron can run; otherwise says why and serves the same
// app on 127.0.0.1 for a browser, so a newcomer always gets a working Casefile.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { electronBinary } from './electronBinary.mjs';

const binary = electronBinary();
const run = (cmd, args) => spawn(cmd, args, { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));

if (binary) {
  if (!existsSync('native-electron/better_sqlite3.node')) {
    console.log('Building the SQLite module for Electron (once)…');
    run('npm', ['run', 'build:electron-native', '--silent']).on('exit', (code) => code === 0 && run(binary, ['.']));
  } else {
    run(binary, ['.']);
  }
} else {
  console.log('No Electron binary on this machine (its download is blocked or skipped), so the desktop window cannot open.');
  console.log('Starting the same app in your browser instead: casefile serve\n');
  run(process.execPath, ['bin/casefile.cjs', 'serve', ...process.argv.slice(2)]);
}
