/**
 * When a page cannot be drawn, say what happened instead of leaving a blank
 * page. The usual cause is a page's code that cannot be loaded: a new version
 * was deployed while this page was open (its files are gone from the server) or
 * the connection dropped before they were cached. The answers are autosaved
 * (a pending save is written when the page is left, so also on reload); when
 * this browser cannot save them, the notice offers to download them first.
 */
import { Component, useEffect, useState, type ReactNode } from 'react';
import { useSelector } from '@xstate/react';
import { useStrings } from '../i18n/use-strings.ts';
import { useWizard } from '../app/wizard-context.ts';

const CHUNK_ERROR = /dynamically imported module|Importing a module script failed|error loading dynamically imported|Unable to preload CSS|Loading (CSS )?chunk|module script/i;

/** A failed load of the app's own code, as the browsers word it. */
export function isChunkError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === 'ChunkLoadError' || CHUNK_ERROR.test(error.message);
}

interface BoundaryProps {
  resetKey: string;
  fallback: (error: unknown) => ReactNode;
  children: ReactNode;
}

class Boundary extends Component<BoundaryProps, { error: unknown; key: string }> {
  override state = { error: null as unknown, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('unknown error') };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: { error: unknown; key: string }) {
    // Going to another page tries again.
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}

export function PageFailure({ chunk }: { chunk: boolean }) {
  const t = useStrings().reliability;
  const actor = useWizard();
  const storage = useSelector(actor, (s) => s.context.storage);
  const hasWork = useSelector(actor, (s) => Object.keys(s.context.work.answers).length > 0);
  useEffect(() => document.getElementById('page-failure')?.focus(), []);
  return (
    <main id="main" className="main" tabIndex={-1}>
      <div className="notice" role="alert" aria-labelledby="page-failure">
        <h1 className="heading-l" id="page-failure" tabIndex={-1}>
          {chunk ? t.chunkHeading : t.errorHeading}
        </h1>
        <p>{chunk ? t.chunkText : t.errorText}</p>
        {hasWork && <p>{storage === 'ok' ? t.kept : t.notKept}</p>}
        <div className="button-group">
          {hasWork && storage !== 'ok' && (
            <button type="button" className="button" onClick={() => actor.send({ type: 'export' })}>
              {t.download}
            </button>
          )}
          <button type="button" className={`button${hasWork && storage !== 'ok' ? ' button--secondary' : ''}`} onClick={() => window.location.reload()}>
            {t.reload}
          </button>
        </div>
      </div>
    </main>
  );
}

/** The page, or what went wrong with it. Also catches code that fails to load outside a page (unhandled). */
export function PageErrorBoundary({ resetKey, children }: { resetKey: string; children: ReactNode }) {
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      if (isChunkError(event.reason)) setFailed(true);
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, []);
  if (failed) return <PageFailure chunk />;
  return (
    <Boundary resetKey={resetKey} fallback={(error) => <PageFailure chunk={isChunkError(error)} />}>
      {children}
    </Boundary>
  );
}
