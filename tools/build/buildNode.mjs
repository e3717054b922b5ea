// Bundles the Node side: the CLI (also the `serve` host), Electron main, the back-end utility
// process and the sandboxed preload. The native module and Electron itself stay external.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  external: ['better-sqlite3', 'electron'],
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/cli.ts'], outfile: 'dist/cli.cjs' }),
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist/electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/main/backendProcess.ts'], outfile: 'dist/electron/backendProcess.cjs' }),
  // Sandboxed preloads cannot require our modules, so everything but electron is inlined.
  build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist/electron/preload.cjs', target: 'chrome140' }),
]);
