import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { routineCards } from './src/app/build/routine-cards-plugin.ts';
import { kneewiseContent } from './src/content/vite-plugin.ts';

export default defineConfig({
  plugins: [kneewiseContent(), routineCards()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup/fail-on-console-error.ts', 'tests/setup/testing-library.ts'],
    // A ceiling, not a wait: tests wait on what they assert. CI runs on a busy machine, where a
    // DOM test that takes 1 s alone can take 8; 5 s (the default) failed such runs.
    testTimeout: 20_000,
  },
});
