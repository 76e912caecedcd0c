import { createRoot } from 'react-dom/client';
import questionnaire from 'virtual:questionnaire/eu-ai-act';
import { App } from './app/app.tsx';
import { bootWizard } from './app/boot.ts';
import { registerServiceWorker } from './app/register-service-worker.ts';
import { defaultStrings } from './i18n/catalogue.ts';
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
  const actor = bootWizard(questionnaire, window.location.hash);
  createRoot(root).render(<App actor={actor} />);
  if (import.meta.env.PROD) registerServiceWorker();
}
