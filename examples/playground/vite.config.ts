import { defineConfig } from 'vite';
import { pdfMiddleware } from './pdf-middleware.js';

export default defineConfig({
  plugins: [pdfMiddleware()],
  server: { port: 5173, open: false },
  preview: { port: 4173 },
  // Nothing is fetched from a CDN: fonts, styles and scripts all come from this workspace.
  build: { target: 'es2022' },
});
