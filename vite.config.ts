import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  // Brotli and gzip copies of every asset, made once at build time, for the server to send as they are.
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], logLevel: 'silent' })],
  build: {
    outDir: fileURLToPath(new URL('./dist/client', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // zod decides whether it may compile parsers with `new Function` as each object schema is
          // made, which the page's content security policy forbids. Its configuration shares zod's
          // chunk so that it runs right after zod loads, before any chunk of schemas is evaluated.
          groups: [{ name: 'zod', test: /node_modules[\\/]zod[\\/]|client[\\/]app[\\/]zodConfig\.ts$/ }],
        },
      },
    },
  },
});
