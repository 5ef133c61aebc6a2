import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRepo = (path: string) => fileURLToPath(new URL(path, import.meta.url));
// The dev server forwards API calls to a running Strang server (npm start), by default on port 3000.
const apiTarget = process.env.STRANG_DEV_API ?? 'http://localhost:3000';

export default defineConfig({
  root: fromRepo('./src/web'),
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: fromRepo('./dist/web'),
    emptyOutDir: true,
    // Fonts and icons stay separate files: the CSP allows fonts only from 'self', not data: URLs.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget, changeOrigin: false },
    },
  },
});
