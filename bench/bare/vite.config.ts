// Builds the bare React Flow page the canvas benchmark compares the app with (npm run bench:canvas).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../../out/bench/bare', import.meta.url)), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  logLevel: 'warn',
});
