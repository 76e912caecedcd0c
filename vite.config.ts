/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { questionnairePlugin } from './src/questionnaire/vite-plugin.ts';
import { cspPlugin } from './src/app/build/csp-plugin.ts';
import { serviceWorkerPlugin } from './src/app/build/service-worker-plugin.ts';
import { optionalDepsPlugin } from './src/app/build/optional-deps-plugin.ts';

export default defineConfig({
  base: './',
  plugins: [optionalDepsPlugin(), react(), questionnairePlugin(import.meta.dirname), cspPlugin(), serviceWorkerPlugin()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    setupFiles: ['./vitest.setup.ts'],
    testTimeout: 30000,
  },
});
