/**
 * The start page as the first download draws it: what the assessment takes, the
 * links, and the file to open. It needs neither the questionnaire nor the
 * machine: the wizard (wizard-entry.tsx) is loaded when the user starts, opens a
 * file or goes to another page, and then takes over the page. Work saved in this
 * browser is restored by the wizard itself, so main.tsx opens it at once when
 * there is any.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement, type ReactNode } from 'react';
import startFacts from 'virtual:questionnaire-start/eu-ai-act';
import { ImportFile } from '../components/import-file.tsx';
import { PageLayout } from '../components/page-layout.tsx';
import { StorageStatusBanner } from '../components/storage-status.tsx';
import { loadStrings, type Locale, type Strings } from '../i18n/catalogue.ts';
import { LocaleContext, type LocaleChoice } from '../i18n/locale-context.ts';
import { StringsContext, useStrings } from '../i18n/use-strings.ts';
import { hashToStep } from '../machine/step-hash.ts';
import type { StorageStatus } from '../machine/types.ts';
import { StartStep } from '../steps/start-step.tsx';
import { writePreferredLocale } from '../storage/preferred-locale.ts';
import { TrainingNav } from '../training/training-nav.tsx';
import { rememberOrigin } from './use-hash-sync.ts';
import type { OpenedWizard } from './wizard-entry.tsx';

/** Loads the wizard at the page in the address. */
type Open = (locale: Locale) => Promise<OpenedWizard>;

interface Props {
  locale: Locale;
  strings: Strings;
  storage: StorageStatus;
  /** Loads the wizard (wizard-entry.tsx). */
  open: Open;
  /** Shows the wizard's app in place of this page. */
  show: (app: ReactElement) => void;
}

/** The wizard's own start page is the same; it replaces this one once the wizard is loaded. */
export function StartShell({ locale: initialLocale, strings: initialStrings, storage, open, show }: Props) {
  const [{ locale, strings }, setLanguage] = useState({ locale: initialLocale, strings: initialStrings });
  const [status, setStatus] = useState<LocaleChoice['status']>('idle');
  const [failed, setFailed] = useState(false);
  const latest = useRef(locale);
  const opening = useRef(false);

  /** Loads the wizard at the page in the address, does `then` with it, and shows it. */
  const openWizard = useCallback(
    (then: (wizard: OpenedWizard) => void = () => undefined) => {
      if (opening.current) return;
      opening.current = true;
      open(latest.current).then(
        // After the wizard's first page is drawn, so it takes the event as a user's step (a new history entry).
        (wizard) => show(<AfterMount run={() => then(wizard)}>{wizard.app}</AfterMount>),
        () => {
          opening.current = false;
          setFailed(true);
        },
      );
    },
    [open, show],
  );

  // A link to another page (saved work, the register, training) opens the wizard there.
  useEffect(() => {
    const onLocation = (event: Event) => {
      rememberOrigin(event);
      const step = hashToStep(window.location.hash);
      if (step?.kind !== 'start') openWizard();
    };
    window.addEventListener('hashchange', onLocation);
    window.addEventListener('popstate', onLocation);
    return () => {
      window.removeEventListener('hashchange', onLocation);
      window.removeEventListener('popstate', onLocation);
    };
  }, [openWizard]);

  const choose = useCallback(async (next: Locale) => {
    if (next === latest.current) return;
    setStatus('loading');
    try {
      const loaded = await loadStrings(next);
      latest.current = next;
      document.documentElement.lang = loaded.lang;
      writePreferredLocale(next);
      setLanguage({ locale: next, strings: loaded });
      setStatus('idle');
    } catch {
      setStatus('failed');
    }
  }, []);
  const choice = useMemo<LocaleChoice>(() => ({ locale, choose, status }), [locale, choose, status]);

  return (
    <LocaleContext.Provider value={choice}>
      <StringsContext.Provider value={strings}>
        <PageLayout
          banner={
            <>
              <TrainingNav />
              <StorageStatusBanner status={storage} />
            </>
          }
        >
          {failed ? (
            <LoadFailure />
          ) : (
            <StartStep
              inProgress={null}
              damaged={0}
              errors={[]}
              importer={
                <ImportFile
                  state={{ status: 'idle' }}
                  onFile={(file) => openWizard((wizard) => wizard.openFile(file))}
                  onConfirm={() => undefined}
                  onCancel={() => undefined}
                />
              }
              onStart={() => openWizard((wizard) => wizard.actor.send({ type: 'start' }))}
              onResume={() => openWizard((wizard) => wizard.actor.send({ type: 'resume' }))}
              length={startFacts.typicalPages}
            />
          )}
        </PageLayout>
      </StringsContext.Provider>
    </LocaleContext.Provider>
  );
}

/** Runs `run` once, after its children's first effects. */
function AfterMount({ run, children }: { run: () => void; children: ReactNode }) {
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    run();
  }, [run]);
  return children;
}

/** The wizard's code could not be loaded (a new version published meanwhile, or the connection lost). */
function LoadFailure() {
  const t = useStrings().reliability;
  useEffect(() => document.getElementById('page-failure')?.focus(), []);
  return (
    <main id="main" className="main" tabIndex={-1}>
      <div className="notice" role="alert" aria-labelledby="page-failure">
        <h1 className="heading-l" id="page-failure" tabIndex={-1}>
          {t.chunkHeading}
        </h1>
        <p>{t.chunkText}</p>
        <div className="button-group">
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t.reload}
          </button>
        </div>
      </div>
    </main>
  );
}
