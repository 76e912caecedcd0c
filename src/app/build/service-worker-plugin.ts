/**
 * Build plugin: writes sw.js with the list of built files, so the app works
 * offline after the first visit. Cache-first for same-origin GET requests;
 * a new build gets a new cache name and the old cache is removed.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import type { Plugin } from 'vite';

const worker = (cacheName: string, files: string[]) => `/* generated at build */
const CACHE = ${JSON.stringify(cacheName)};
const FILES = ${JSON.stringify(files)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new URL(f, self.registration.scope).href))).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()));
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const page = request.mode === 'navigate' ? new URL('./', self.registration.scope).href : null;
  event.respondWith(
    caches.match(page || request, { ignoreSearch: Boolean(page), ignoreVary: true }).then((hit) =>
      hit ||
      fetch(request).then((response) => {
        if (response.ok && response.type === 'basic') {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      }),
    ),
  );
});
`;

export function serviceWorkerPlugin(): Plugin {
  let publicDir = '';
  return {
    name: 'service-worker',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const publicFiles = publicDir ? readdirSync(publicDir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => `${d.parentPath.slice(publicDir.length + 1)}/${d.name}`.replace(/^\//, '')) : [];
      const built = [...Object.keys(bundle), ...publicFiles].filter((f) => f !== 'sw.js' && f !== '_headers' && !f.endsWith('.map'));
      const files = ['./', ...built.map((f) => `./${f}`)];
      const hash = createHash('sha256').update(files.join('\n'));
      for (const item of Object.values(bundle)) hash.update(item.type === 'chunk' ? item.code : typeof item.source === 'string' ? item.source : Buffer.from(item.source));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: worker(`wizard-${hash.digest('hex').slice(0, 12)}`, files) });
    },
  };
}
