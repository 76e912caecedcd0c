/**
 * The app's own build, deployed again with a change: every chunk's code and
 * every file name differ, as after a real release (for two-builds.mjs).
 */
import { mergeConfig } from 'vite';
import base from '../../vite.config.ts';

const output = { entryFileNames: 'assets/[name]-[hash]-b.js', chunkFileNames: 'assets/[name]-[hash]-b.js', assetFileNames: 'assets/[name]-[hash]-b[extname]' };

export default mergeConfig(base, {
  plugins: [{ name: 'second-build', renderChunk: (code) => `${code}\n/* second build */\n` }],
  build: { rollupOptions: { output } },
});
