import { createRoot } from 'react-dom/client';
import { bootWizard } from './app/boot.ts';
import { englishBundle, loadLocaleBundle } from './app/locale-bundle.ts';
import { LocalisedApp } from './app/localised-app.tsx';
import { registerServiceWorker } from './app/register-service-worker.ts';
import { defaultStrings, isLocale } from './i18n/catalogue.ts';
import { readPreferredLocale } from './storage/preferred-locale.ts';
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
  const bundle = isLocale(chosen) && chosen !== 'en' ? await loadLocaleBundle(chosen).catch(() => englishBundle) : englishBundle;
  document.documentElement.lang = bundle.strings.lang;
  const actor = bootWizard(bundle.questionnaire, window.location.hash);
  createRoot(root).render(<LocalisedApp actor={actor} bundle={bundle} />);
  if (import.meta.env.PROD) registerServiceWorker();
}
