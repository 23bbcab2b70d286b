// electron-vite: main (ESM, Node side), preload (one sandbox-safe CommonJS file), renderer (React).
// Output goes to out/{main,preload,renderer}; package.json "main" points at out/main/index.js.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { devCsp } from './scripts/devCsp';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundle zod and shared/ into the main bundle, so the packaged app needs no node_modules.
      externalizeDeps: false,
      lib: { entry: resolve(__dirname, 'electron/main/index.ts'), formats: ['es'], fileName: () => 'index.js' },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can only require('electron') and a few builtins: everything else,
      // zod and the contract included, must be inlined into this one file.
      externalizeDeps: false,
      isolatedEntries: true,
      lib: { entry: resolve(__dirname, 'electron/preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), devCsp()],
    worker: { format: 'es' },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
