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
  // pdf.js (ES module only) and tesseract.js (finds its worker script and wasm beside itself) load
  // from node_modules at run time, never from a bundle.
  external: ['better-sqlite3', 'electron', 'pdfjs-dist', 'tesseract.js'],
  // Sources that also run as ES modules (vitest, tsx) read import.meta.url only when __dirname is missing.
  logOverride: { 'empty-import-meta': 'silent' },
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/cli.ts'], outfile: 'dist/cli.cjs' }),
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist/electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/main/backendProcess.ts'], outfile: 'dist/electron/backendProcess.cjs' }),
  // Extraction workers sit beside the bundle that starts them (see electron/nlp/extractor.ts).
  build({ ...common, entryPoints: ['electron/workers/extractWorker.ts'], outfile: 'dist/extractWorker.cjs' }),
  build({ ...common, entryPoints: ['electron/workers/extractWorker.ts'], outfile: 'dist/electron/extractWorker.cjs' }),
  // Parsing workers likewise (see electron/importers/parserWorker.ts).
  build({ ...common, entryPoints: ['electron/workers/parseWorker.ts'], outfile: 'dist/parseWorker.cjs' }),
  build({ ...common, entryPoints: ['electron/workers/parseWorker.ts'], outfile: 'dist/electron/parseWorker.cjs' }),
  // Sandboxed preloads cannot require our modules, so everything but electron is inlined.
  build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist/electron/preload.cjs', target: 'chrome140' }),
]);
