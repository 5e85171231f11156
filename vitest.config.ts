import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { kneewiseContent } from './src/content/vite-plugin.ts';

export default defineConfig({
  plugins: [kneewiseContent()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup/fail-on-console-error.ts'],
  },
});
