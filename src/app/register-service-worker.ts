/**
 * Offline use after the first visit. The URL is relative, so it works under any sub-path.
 *
 * A new build's worker waits while pages of the running build are open (see
 * build/service-worker-plugin.ts). Just after this page has loaded, before
 * anything is typed, it asks a waiting worker to take over if this is the only
 * page open, and then reloads into the new build (the answers are autosaved).
 * A page in use is never reloaded under the user.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).then(
      (registration) => {
        const waiting = registration.waiting;
        if (!waiting || !navigator.serviceWorker.controller) return;
        navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
        waiting.postMessage('activate-if-alone');
      },
      () => undefined,
    );
  });
}
