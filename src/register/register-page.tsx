/** The organisation's AI register: every saved assessment at a glance, what falls due when, exports, backup and restore. */
import { useSelector } from '@xstate/react';
import { useState } from 'react';
import { useCompleteQuestionnaire } from '../app/use-complete-questionnaire.ts';
import { useWizard } from '../app/wizard-context.ts';
import { BackLink } from '../components/ui/back-link.tsx';
import { ErrorSummary, type FieldError } from '../components/ui/error-summary.tsx';
import { useFocusHeading } from '../components/ui/use-focus-heading.ts';
import { usePageTitle } from '../components/ui/use-page-title.ts';
import { useStrings } from '../i18n/use-strings.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { loadSaved } from '../storage/saved-assessments.ts';
import { RegisterFilters } from './register-filters.tsx';
import { RegisterRestore } from './register-restore.tsx';
import { RegisterTable } from './register-table.tsx';
import { RegisterTimeline } from './register-timeline.tsx';
import { useRegister } from './use-register.ts';
import './register.css';

export function RegisterPage() {
  const actor = useWizard();
  const t = useStrings();
  const lean = useSelector(actor, (s) => s.context.questionnaire);
  const { questionnaire } = useCompleteQuestionnaire(lean);
  usePageTitle(t.register.pageTitle, false);
  if (!questionnaire) {
    return (
      <main id="main" className="main" tabIndex={-1}>
        <p role="status">{t.register.loading}</p>
      </main>
    );
  }
  return <Register questionnaire={questionnaire} />;
}

function Register({ questionnaire }: { questionnaire: Questionnaire }) {
  const actor = useWizard();
  const t = useStrings();
  const r = t.register;
  const headingRef = useFocusHeading<HTMLHeadingElement>('register');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const register = useRegister(questionnaire, new Date().toISOString().slice(0, 10));
  usePageTitle(r.pageTitle, errors.length > 0);
  const open = (id: string) => {
    const read = loadSaved(questionnaire, id);
    if (read?.ok) actor.send({ type: 'open', work: { id, answers: read.entry.answers }, warnings: read.entry.warnings });
  };
  return (
    <>
      <BackLink href="#/saved">{t.pages.saved}</BackLink>
      <main id="main" className="main main--register" tabIndex={-1}>
        <ErrorSummary errors={errors} />
        <h1 className="heading-l" tabIndex={-1} ref={headingRef}>{r.heading}</h1>
        <p>{r.lead}</p>
        {register.all.length === 0 ? (
          <p>{r.empty}</p>
        ) : (
          <>
            <RegisterFilters filter={register.filter} onChange={register.setFilter} questionnaire={questionnaire} />
            <p className="register-count" role="status" aria-live="polite">{r.count(register.rows.length, register.all.length)}</p>
            <RegisterTable rows={register.shown} sort={register.sort} onSort={register.setSort} onOpen={open} />
            {register.page.count > 1 && (
              <nav className="pagination" aria-label={r.pagination}>
                <p>{r.pageOf(register.page.from, register.page.to, register.rows.length)}</p>
                <div className="button-group">
                  <button type="button" className="button button--secondary" disabled={register.page.index === 0} onClick={() => register.setPage(register.page.index - 1)}>{r.previous}</button>
                  <button type="button" className="button button--secondary" disabled={register.page.index >= register.page.count - 1} onClick={() => register.setPage(register.page.index + 1)}>{r.next}</button>
                </div>
              </nav>
            )}
            <section aria-labelledby="register-timeline-heading">
              <h2 className="heading-m" id="register-timeline-heading">{r.timelineHeading}</h2>
              <p>{r.timelineLead}</p>
              <RegisterTimeline due={register.due} />
            </section>
          </>
        )}
        <section aria-labelledby="register-exports">
          <h2 className="heading-m" id="register-exports">{r.exportsHeading}</h2>
          <div className="button-group">
            {register.all.length > 0 && (
              <>
                <button type="button" className="button button--secondary" onClick={register.downloadCsv}>{r.csv}</button>
                <button type="button" className="button button--secondary" onClick={() => void register.downloadXlsx({ systems: r.sheetSystems, due: r.sheetDue })}>{r.xlsx}</button>
                <button type="button" className="button button--secondary" onClick={register.downloadBackup}>{r.backup}</button>
              </>
            )}
          </div>
        </section>
        <RegisterRestore questionnaire={questionnaire} newId={() => actor.getSnapshot().context.newId()} onRestored={register.refresh} onErrors={setErrors} />
      </main>
    </>
  );
}
