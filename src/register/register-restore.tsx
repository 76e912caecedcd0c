/**
 * Restore a backup: read and check the whole file first, show what it would do
 * (new, identical, conflicting), ask per conflict, then write. A bad backup
 * changes nothing.
 */
import { useState } from 'react';
import type { FieldError } from '../components/ui/error-summary.tsx';
import { useStrings } from '../i18n/use-strings.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { parseBackup, planRestore, restoreWrites, type RestoreChoice, type RestoreItem } from '../storage/backup.ts';
import { savedFiles } from '../storage/saved-assessments.ts';
import { writeRestore } from './register-store.ts';

export const RESTORE_INPUT_ID = 'restore-file';

interface Props {
  questionnaire: Questionnaire;
  newId: () => string;
  onRestored: () => void;
  onErrors: (errors: FieldError[]) => void;
}

export function RegisterRestore({ questionnaire, newId, onRestored, onErrors }: Props) {
  const t = useStrings();
  const r = t.register;
  const [file, setFile] = useState<File | null>(null);
  const [plan, setPlan] = useState<RestoreItem[] | null>(null);
  const [choices, setChoices] = useState<Record<string, RestoreChoice>>({});
  const [message, setMessage] = useState('');
  const fail = (messages: string[]) => onErrors([{ fieldId: RESTORE_INPUT_ID, message: messages.join(' ') }]);

  const check = async () => {
    setMessage('');
    if (!file) return fail([r.noFile]);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return fail([r.unreadable]);
    }
    const parsed = parseBackup(text, questionnaire);
    if (!parsed.ok) return fail([r.restoreInvalid(file.name), ...parsed.errors]);
    onErrors([]);
    setChoices({});
    setPlan(planRestore(savedFiles(), parsed.entries));
  };

  const apply = () => {
    if (!plan) return;
    const writes = restoreWrites(plan, choices, newId, {
      fromBackup: (name) => r.fromBackup(name ?? t.saved.unnamed),
      beforeRestore: (name) => r.beforeRestore(name ?? t.saved.unnamed),
    });
    const result = writeRestore(writes);
    setPlan(null);
    setFile(null);
    setMessage(result.failed ? r.restoreFailed : r.restored(result.saved));
    onRestored();
  };

  const count = (kind: RestoreItem['kind']) => plan?.filter((p) => p.kind === kind).length ?? 0;
  return (
    <section aria-labelledby="restore-heading">
      <h2 className="heading-m" id="restore-heading">{r.restoreHeading}</h2>
      <p>{r.restoreLead}</p>
      <p role="status">{message}</p>
      {plan === null ? (
        <div className="form-group">
          <label className="label" htmlFor={RESTORE_INPUT_ID}>{r.restoreFile}</label>
          <input className="file-upload" type="file" id={RESTORE_INPUT_ID} accept=".json,application/json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          <div className="button-group">
            <button type="button" className="button button--secondary" onClick={() => void check()}>{r.restoreCheck}</button>
          </div>
        </div>
      ) : (
        <div className="restore-plan">
          <p>{r.restorePlan(count('new'), count('same'), count('conflict'))}</p>
          {plan.filter((p): p is Extract<RestoreItem, { kind: 'conflict' }> => p.kind === 'conflict').map((p) => {
            const name = p.mine.name ?? p.entry.name ?? p.entry.id;
            const choice = choices[p.entry.id] ?? 'keep-both';
            return (
              <fieldset className="fieldset" key={p.entry.id}>
                <legend className="fieldset__legend"><bdi>{r.conflictLegend(name)}</bdi></legend>
                {(['keep-both', 'keep-mine', 'take-backup'] as const).map((value) => {
                  const id = `restore-${p.entry.id}-${value}`;
                  return (
                    <div className="radios__item" key={value}>
                      <input className="radios__input" type="radio" id={id} name={`restore-${p.entry.id}`} checked={choice === value} onChange={() => setChoices((c) => ({ ...c, [p.entry.id]: value }))} />
                      <label className="choice__label" htmlFor={id}>{value === 'keep-both' ? r.keepBoth : value === 'keep-mine' ? r.keepMine : r.takeBackup}</label>
                    </div>
                  );
                })}
              </fieldset>
            );
          })}
          <div className="button-group">
            <button type="button" className="button" onClick={apply}>{r.restoreApply}</button>
            <button type="button" className="button button--secondary" onClick={() => setPlan(null)}>{r.restoreCancel}</button>
          </div>
        </div>
      )}
    </section>
  );
}
