/**
 * When this browser cannot keep the work (storage disabled or full), replacing
 * it (opening a file, starting a new assessment) would lose it: the prompt says
 * so and offers to download the current answers first.
 */
import { useState, useSyncExternalStore, type ComponentProps } from 'react';
import { useSelector } from '@xstate/react';
import { useStrings } from '../i18n/use-strings.ts';
import { useWizard } from '../app/wizard-context.ts';
import { ConfirmNotice } from './ui/confirm-notice.tsx';

/** True when the open work has answers that this browser cannot keep. */
export function useWorkAtRisk(): boolean {
  const actor = useWizard();
  return useSelector(actor, (s) => s.context.storage !== 'ok' && Object.keys(s.context.work.answers).length > 0);
}

type NoticeProps = Omit<ComponentProps<typeof ConfirmNotice>, 'first'>;

/** The question before the work is replaced, with "download first" as the first choice. */
export function UnsavedWorkNotice(props: NoticeProps) {
  const t = useStrings().reliability;
  const actor = useWizard();
  const [downloaded, setDownloaded] = useState(false);
  const first = (
    <>
      <div className="button-group">
        <button
          type="button"
          className="button"
          onClick={() => {
            actor.send({ type: 'export' });
            setDownloaded(true);
          }}
        >
          {t.downloadFirst}
        </button>
      </div>
      {downloaded && (
        <p role="status" className="small">
          {t.downloaded}
        </p>
      )}
    </>
  );
  return <ConfirmNotice {...props} first={first} />;
}

type StartEvent = { type: 'start' } | { type: 'reset' };
let asking: StartEvent | null = null;
const listeners = new Set<() => void>();
const setAsking = (event: StartEvent | null) => {
  asking = event;
  for (const l of listeners) l();
};
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** "Start a new assessment": at once when the work is kept, after a question when it would be lost. */
export function useStartNew(): (event: StartEvent) => void {
  const actor = useWizard();
  const atRisk = useWorkAtRisk();
  return (event) => (atRisk ? setAsking(event) : actor.send(event));
}

/** The question for "start a new assessment", shown at the top of the page while it is asked. */
export function StartNewQuestion() {
  const t = useStrings().reliability;
  const actor = useWizard();
  const event = useSyncExternalStore(subscribe, () => asking);
  if (!event) return null;
  return (
    <UnsavedWorkNotice
      id="start-new-confirm"
      heading={t.startHeading}
      text={t.startUnsaved}
      yes={t.startYes}
      no={t.startNo}
      onYes={() => {
        setAsking(null);
        actor.send(event);
      }}
      onNo={() => setAsking(null)}
    />
  );
}
