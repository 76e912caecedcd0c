import { createRoot } from 'react-dom/client';
import { StartShell } from './app/start-shell.tsx';
import { registerServiceWorker } from './app/register-service-worker.ts';
import { defaultStrings, isLocale, loadStrings, type Locale } from './i18n/catalogue.ts';
import { hashToStep } from './machine/step-hash.ts';
import { storageStatus } from './storage/browser-storage.ts';
import { readPreferredLocale } from './storage/preferred-locale.ts';
import { hasSavedWork } from './storage/saved-keys.ts';
import './styles/index.css';

const root = document.getElementById('root')!;
document.documentElement.lang = defaultStrings.lang;

if (window.top !== window.self) {
  // Refuse to run inside another site's frame (clickjacking); frame-ancestors cannot be set from a meta tag.
  root.textContent = defaultStrings.appTitle;
  const link = document.createElement('a');
  link.href = window.location.href;
  link.target = '_top';
  link.rel = 'noopener';
  link.textContent = ' ↗';
  root.append(link);
} else {
  // A language chosen on an earlier visit is loaded before the first page is drawn; English if it cannot be.
  const chosen = readPreferredLocale();
  const locale: Locale = isLocale(chosen) ? chosen : 'en';
  // Before the first await: the worker is registered on the page's load event, which does not wait for it.
  if (import.meta.env.PROD) registerServiceWorker();
  const app = createRoot(root);
  // The address as it is once the wizard has loaded: a link followed meanwhile is where it opens.
  const open = (at: Locale) => import('./app/wizard-entry.tsx').then((m) => m.openWizard(at, window.location.hash));
  // The wizard comes at once for another page in the address and for work saved in this browser (restored,
  // or reported as damaged); otherwise the start page is drawn without it and the wizard loads when needed.
  if (hashToStep(window.location.hash)?.kind !== 'start' || hasSavedWork()) {
    app.render((await open(locale)).app);
  } else {
    const strings = locale === 'en' ? defaultStrings : await loadStrings(locale).catch(() => null);
    document.documentElement.lang = (strings ?? defaultStrings).lang;
    app.render(<StartShell locale={strings ? locale : 'en'} strings={strings ?? defaultStrings} storage={storageStatus()} open={open} show={(wizard) => app.render(wizard)} />);
  }
}
