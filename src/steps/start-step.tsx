import type { ReactNode } from 'react';
import { useStrings } from '../i18n/use-strings.ts';
import { ErrorSummary, type FieldError } from '../components/ui/error-summary.tsx';
import { ButtonPair } from '../components/ui/button-pair.tsx';
import { useFocusHeading } from '../components/ui/use-focus-heading.ts';
import { usePageTitle } from '../components/ui/use-page-title.ts';

interface Props {
  inProgress: { name: string; savedAt: string } | null;
  /** How many saved entries could not be read. */
  damaged: number;
  errors: FieldError[];
  importer: ReactNode;
  onStart: () => void;
  onResume: () => void;
  /** How many pages the questions usually take (from the worked examples), if known. */
  length?: { median: number; most: number } | null;
}

/** What the tool does, that answers stay in the browser; start, continue, or open a file. */
export function StartStep({ inProgress, damaged, errors, importer, onStart, onResume, length = null }: Props) {
  const t = useStrings();
  const headingRef = useFocusHeading<HTMLHeadingElement>('start');
  usePageTitle(t.pages.start, errors.length > 0);
  return (
    <main id="main" className="main" tabIndex={-1}>
      <ErrorSummary errors={errors} />
      {damaged > 0 && (
        <div className="warning-box" role="status">
          <p>
            {t.start.damaged} <a href="#/saved">{t.start.damagedLink}</a>.
          </p>
        </div>
      )}
      <h1 className="heading-xl" tabIndex={-1} ref={headingRef}>
        {t.start.heading}
      </h1>
      <p className="lead">{t.start.lead}</p>
      <p>{t.start.privacy}</p>
      <p className="small">{t.start.notAdvice}</p>
      <section className="before-start" aria-labelledby="before-start">
        <h2 className="heading-m" id="before-start">
          {t.journey.beforeHeading}
        </h2>
        {length && <p>{t.journey.length(length.median, length.most)}</p>}
        <h3 className="heading-s">{t.journey.haveAtHand}</h3>
        <ul>
          {t.journey.atHand.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <h3 className="heading-s">{t.journey.involve}</h3>
        <ul>
          {t.journey.people.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      {inProgress ? (
        <div className="notice">
          <h2 className="heading-m">{t.start.inProgressHeading}</h2>
          <p className="user-text-block">{t.start.inProgress(inProgress.name, inProgress.savedAt)}</p>
          <ButtonPair primary={t.start.continueExisting} secondary={t.start.startAgain} onPrimary={onResume} onSecondary={onStart} />
        </div>
      ) : (
        <button type="button" className="button button--start" onClick={onStart}>
          {t.start.startNew}
        </button>
      )}
      <p>
        <a href="#/saved">{t.start.savedLink}</a> · <a href="#/register">{t.register.link}</a>
      </p>
      <h2 className="heading-m">{t.start.importHeading}</h2>
      {importer}
    </main>
  );
}
