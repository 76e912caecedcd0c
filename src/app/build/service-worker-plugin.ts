/**
 * Build plugin: writes sw.js with the list of built files, so the app works
 * offline after the first visit. Cache-first for same-origin GET requests.
 *
 * A new build gets a new cache name. Its worker installs alongside the running
 * one and waits: it takes over only when no page of the old build is open, so
 * an open page can still load its own lazily loaded chunks from the old cache
 * after a deployment (deleting that cache under it would leave a blank page).
 * Only then are older caches of this app removed. A page that has just loaded
 * while it is the only one open lets the new worker take over and reloads into
 * the new build at once (see register-service-worker.ts).
 *
 * The precache holds the app in English with the PDF report. Swedish and German
 * (a fifth of the files) are cached when first used, like any other request.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import type { Plugin } from 'vite';

export const CACHE_PREFIX = 'wizard-';

const worker = (cacheName: string, files: string[]) => `/* generated at build */
const CACHE = ${JSON.stringify(cacheName)};
const FILES = ${JSON.stringify(files)};
self.addEventListener('install', (event) => {
  // It does not take over at once: pages of the running build keep their worker until they are closed.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new URL(f, self.registration.scope).href))));
});
self.addEventListener('activate', (event) => {
  // Activation comes only when no page of an older build is open, so their files are no longer needed.
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith(${JSON.stringify(CACHE_PREFIX)}) && k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()));
});
// A page that has just loaded asks a waiting worker to take over when it is the only page open:
// no other page of the old build can lose its files, and that page reloads into the new build.
// Just after a reload the page it replaced can still be listed for a moment: ask again a few times.
const alone = (tries) => self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((pages) =>
  pages.length <= 1 ? self.skipWaiting() : tries > 1 ? new Promise((r) => setTimeout(r, 500)).then(() => alone(tries - 1)) : undefined);
self.addEventListener('message', (event) => {
  if (event.data === 'activate-if-alone') event.waitUntil(alone(6));
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const page = request.mode === 'navigate' ? new URL('./', self.registration.scope).href : null;
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(page || request, { ignoreSearch: Boolean(page), ignoreVary: true })).then((hit) =>
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

/** Modules that belong to one language other than English (its strings or questionnaire texts). */
const OTHER_LANGUAGE = /(?:virtual:questionnaire(?:-extras)?\/[^/]+\/(?:sv|de)(?:\/|$)|[\\/]src[\\/]i18n[\\/](?:training-)?(?:sv|de)\.ts$)/;

/**
 * Modules of features that are rarely used and never needed to finish an assessment: the Word
 * report (the PDF and HTML reports are precached), the register's spreadsheet writer, the
 * questionnaire's changelog (read under "About this assessment", which says so if it cannot load),
 * and older questionnaire versions kept for re-assessment.
 */
const RARELY_USED = /(?:[\\/]node_modules[\\/](?:docx|write-excel-file|fflate)[\\/]|[\\/]src[\\/]report[\\/]render-docx\.ts$|[\\/]src[\\/]register[\\/]register-xlsx\.ts$|[\\/]questionnaires[\\/]history[\\/]|[\\/]questionnaires[\\/][^\\/]+[\\/]CHANGELOG\.md(?:\?raw)?$)/;

/** A chunk made only of another language's modules, or of a rarely used feature, is cached when it is first used. */
export function onDemand(moduleIds: readonly string[]): boolean {
  return moduleIds.length > 0 && moduleIds.every((id) => OTHER_LANGUAGE.test(id) || RARELY_USED.test(id));
}

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
      const later = new Set(Object.values(bundle).filter((item) => item.type === 'chunk' && onDemand(item.moduleIds)).map((item) => item.fileName));
      const built = [...Object.keys(bundle), ...publicFiles].filter((f) => f !== 'sw.js' && f !== '_headers' && !f.endsWith('.map') && !later.has(f));
      const files = ['./', ...built.map((f) => `./${f}`)];
      const hash = createHash('sha256').update(files.join('\n'));
      for (const item of Object.values(bundle)) hash.update(item.type === 'chunk' ? item.code : typeof item.source === 'string' ? item.source : Buffer.from(item.source));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: worker(`${CACHE_PREFIX}${hash.digest('hex').slice(0, 12)}`, files) });
    },
  };
}
