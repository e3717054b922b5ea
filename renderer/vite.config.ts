import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // Relative URLs: the same build loads over http://127.0.0.1 and from Electron's custom protocol.
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Inlined assets would be data: URLs, which the CSP refuses for fonts; keep every asset a file.
    assetsInlineLimit: 0,
    // The preload polyfill would be an inline-free module anyway, but no browser we target needs it.
    modulePreload: { polyfill: false },
    target: 'chrome120',
    sourcemap: false,
  },
});
