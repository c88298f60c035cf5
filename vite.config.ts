import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Relative base: the built folder works from any path on a web server or intranet.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
