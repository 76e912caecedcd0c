import { useEffect, useSyncExternalStore } from 'react';
import { useSelector } from '@xstate/react';
import type { StorageStatus } from '../machine/types.ts';
import { useStrings } from '../i18n/use-strings.ts';
import { useWizard } from '../app/wizard-context.ts';
import { reportField } from '../app/selectors.ts';
import { PREFIX } from '../storage/browser-storage.ts';
import { openSaved, otherTabSaved, writeSaved } from '../storage/saved-assessments.ts';
import { clearConflict, currentConflict, subscribeConflict } from '../storage/tab-conflict.ts';
import { ButtonPair } from './ui/button-pair.tsx';
import { StartNewQuestion } from './unsaved-work.tsx';
import { StorageStatusBanner } from './storage-status.tsx';

/** Says plainly when answers cannot be saved in this browser, or when another tab changed them; the wizard carries on. */
export function StorageBanner({ status }: { status: StorageStatus }) {
  return (
    <>
      <OtherTabNotice />
      <StartNewQuestion />
      <StorageStatusBanner status={status} />
    </>
  );
}

/** Watches other tabs' saves of the open assessment and, on a conflict, lets the user choose; nothing is lost either way. */
function OtherTabNotice() {
  const t = useStrings();
  const actor = useWizard();
  const conflict = useSyncExternalStore(subscribeConflict, currentConflict);
  const workId = useSelector(actor, (s) => s.context.work.id);
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      const { questionnaire, work } = actor.getSnapshot().context;
      if (event.key === `${PREFIX}assessment/${work.id}` && event.newValue !== null) otherTabSaved(questionnaire, work);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [actor]);
  if (conflict === null || conflict !== workId) return null;

  const loadOther = () => {
    const { questionnaire } = actor.getSnapshot().context;
    const read = openSaved(questionnaire, conflict);
    clearConflict();
    if (read?.ok) actor.send({ type: 'open', work: { id: conflict, answers: read.entry.answers }, warnings: read.entry.warnings });
  };
  const keepMine = () => {
    const { questionnaire, work, newId } = actor.getSnapshot().context;
    const copy = { id: newId(), answers: work.answers };
    const name = t.reliability.mineCopy(reportField(questionnaire, work.answers, 'system-name') ?? t.saved.unnamed);
    const status = writeSaved(questionnaire, copy, name);
    clearConflict();
    actor.send({ type: 'open', work: copy });
    if (status !== 'ok') actor.send({ type: 'autosave.status', status });
  };
  return (
    <div className="notice" role="alert" aria-labelledby="other-tab-heading">
      <h2 className="heading-m" id="other-tab-heading">
        {t.reliability.otherTabHeading}
      </h2>
      <p>{t.reliability.otherTabText}</p>
      <ButtonPair primary={t.reliability.loadOther} secondary={t.reliability.keepMine} onPrimary={loadOther} onSecondary={keepMine} />
    </div>
  );
}
