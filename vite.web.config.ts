// The web edition: the same renderer, with the engine in a Web Worker (no Electron needed).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { devCsp } from './scripts/devCsp';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), devCsp()],
  build: { outDir: '../out/web', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
});
