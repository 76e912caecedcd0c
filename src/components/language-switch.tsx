import { locales, localeNames } from '../i18n/catalogue.ts';
import { useLocaleChoice } from '../i18n/locale-context.ts';
import { useStrings } from '../i18n/use-strings.ts';

/** The languages as a labelled list of buttons, each name in its own language. */
export function LanguageSwitch() {
  const t = useStrings();
  const choice = useLocaleChoice();
  if (!choice) return null;
  return (
    <nav className="language-switch" aria-labelledby="language-switch-label">
      <span id="language-switch-label" className="language-switch__label">
        {t.language.label}
      </span>
      <ul className="language-switch__list">
        {locales.map((locale) => (
          <li key={locale}>
            <button
              type="button"
              className="language-switch__button"
              lang={locale}
              aria-current={locale === choice.locale ? 'true' : undefined}
              onClick={() => void choice.choose(locale)}
            >
              {localeNames[locale]}
            </button>
          </li>
        ))}
      </ul>
      {choice.status === 'failed' && (
        <p className="language-switch__error" role="alert">
          {t.language.failed}
        </p>
      )}
    </nav>
  );
}
