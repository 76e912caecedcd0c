import type { ReactNode } from 'react';
import { useStrings } from '../i18n/use-strings.ts';
import { LanguageSwitch } from './language-switch.tsx';

/** Header, skip link, the page, footer. The page supplies its own <main id="main">. */
export function PageLayout({ banner, children }: { banner?: ReactNode; children: ReactNode }) {
  const t = useStrings();
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t.skipToContent}
      </a>
      <header className="header">
        <div className="container">
          <a className="header__title" href="#/">
            {t.appTitle}
          </a>
          <a className="header__link" href="#/saved">
            {t.start.savedLink}
          </a>
          <LanguageSwitch />
        </div>
      </header>
      <div className="container page">
        {banner}
        {children}
      </div>
      <footer className="footer">
        <div className="container">
          <p>{t.footer}</p>
        </div>
      </footer>
    </>
  );
}
