/**
 * Before re-assessing an assessment saved under an older questionnaire version:
 * what the new version changes for it (from the engine run on both versions and
 * the changelog). Re-assessing saves the answers under the new version, keeps
 * the old result as history, and opens the assessment to answer what is new.
 */
import { useSelector } from '@xstate/react';
import { useEffect, useState } from 'react';
import { useCompleteQuestionnaire } from '../app/use-complete-questionnaire.ts';
import { useWizard } from '../app/wizard-context.ts';
import { BackLink } from '../components/ui/back-link.tsx';
import { TierBadge } from '../components/ui/tier-badge.tsx';
import { useFocusHeading } from '../components/ui/use-focus-heading.ts';
import { usePageTitle } from '../components/ui/use-page-title.ts';
import { formatDate } from '../i18n/format-date.ts';
import { useStrings } from '../i18n/use-strings.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { savedFiles } from '../storage/saved-assessments.ts';
import { loadChangelog, loadSnapshot } from './history-questionnaires.ts';
import { reassessDiff, type Headline, type ReassessDiff } from './reassess.ts';
import { registerToHash } from './register-route.ts';
import { saveReassessed } from './register-store.ts';
import './register.css';

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; diff: ReassessDiff; name: string; file: Record<string, unknown>; storedName: string | null };

export function ReassessPage({ id }: { id: string }) {
  const actor = useWizard();
  const t = useStrings();
  const lean = useSelector(actor, (s) => s.context.questionnaire);
  const { questionnaire } = useCompleteQuestionnaire(lean);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const headingRef = useFocusHeading<HTMLHeadingElement>(`reassess-${state.kind}`);
  usePageTitle(t.register.reassess, false);

  useEffect(() => {
    if (!questionnaire) return;
    let live = true;
    void (async () => {
      const saved = savedFiles().find((f) => f.id === id);
      if (!saved) return live && setState({ kind: 'error', message: t.reassess.notFound });
      const version = String((saved.file['questionnaire'] as { version?: unknown } | undefined)?.version ?? '');
      if (version === questionnaire.version) return live && setState({ kind: 'error', message: t.reassess.notOutdated });
      const [old, changelog] = await Promise.all([loadSnapshot(version), loadChangelog()]);
      if (!old) return live && setState({ kind: 'error', message: t.reassess.failed(`version ${version}`) });
      const diff = reassessDiff(saved.file, old, questionnaire, changelog);
      if ('error' in diff) return live && setState({ kind: 'error', message: t.reassess.failed(diff.error) });
      const systemName = questionnaire.questions.find((q) => q.reportAs === 'system-name');
      const answered = systemName ? diff.answers[systemName.id] : undefined;
      if (live) setState({ kind: 'ready', diff, file: saved.file, storedName: saved.name, name: saved.name ?? (typeof answered === 'string' ? answered : t.saved.unnamed) });
    })();
    return () => {
      live = false;
    };
  }, [questionnaire, id, t]);

  const back = <BackLink href={registerToHash({ kind: 'register' })}>{t.reassess.back}</BackLink>;
  if (state.kind !== 'ready' || !questionnaire) {
    return (
      <>
        {back}
        <main id="main" className="main" tabIndex={-1}>
          <h1 className="heading-l" tabIndex={-1} ref={headingRef}>{t.register.reassess}</h1>
          <p role="status">{state.kind === 'error' ? state.message : t.register.loading}</p>
        </main>
      </>
    );
  }
  return <Diff state={state} questionnaire={questionnaire} back={back} headingRef={headingRef} onConfirm={() => confirm(state, questionnaire)} />;

  function confirm(s: Extract<State, { kind: 'ready' }>, q: Questionnaire) {
    const { diff } = s;
    const ok = saveReassessed(q, id, s.storedName, s.file, diff.answers, { savedAt: new Date().toISOString(), note: t.reassess.historyNote(diff.fromVersion), questionnaireVersion: diff.fromVersion, outcome: diff.before, file: s.file });
    if (!ok) return setState({ kind: 'error', message: t.register.restoreFailed });
    actor.send({ type: 'open', work: { id, answers: diff.answers }, warnings: [...diff.warnings, ...diff.answerAgain.map((a) => a.text)] });
  }
}

function HeadlineView({ h, label }: { h: Headline; label: string }) {
  const t = useStrings();
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <TierBadge tier={h.tier} label={h.provisional ? `${h.title} (${t.result.provisionalShort})` : h.title} />
        {!h.complete && <div className="muted">{t.register.unfinished}</div>}
      </dd>
    </div>
  );
}

function List({ heading, items }: { heading: string; items: string[] }) {
  const t = useStrings();
  return (
    <section>
      <h2 className="heading-m">{heading}</h2>
      {items.length === 0 ? <p>{t.reassess.none}</p> : <ul>{items.map((i) => <li key={i}>{i}</li>)}</ul>}
    </section>
  );
}

function Diff({ state, back, headingRef, onConfirm }: { state: Extract<State, { kind: 'ready' }>; questionnaire: Questionnaire; back: React.ReactNode; headingRef: React.RefObject<HTMLHeadingElement | null>; onConfirm: () => void }) {
  const t = useStrings();
  const { diff } = state;
  const x = t.reassess;
  return (
    <>
      {back}
      <main id="main" className="main" tabIndex={-1}>
        <h1 className="heading-l" tabIndex={-1} ref={headingRef}><bdi>{x.heading(state.name)}</bdi></h1>
        <p>{x.lead(diff.fromVersion, diff.toVersion)}</p>
        <h2 className="heading-m">{x.result}</h2>
        <dl className="reassess-headlines">
          <HeadlineView h={diff.before} label={x.before(diff.fromVersion)} />
          <HeadlineView h={diff.after} label={x.after(diff.toVersion)} />
        </dl>
        <List heading={x.added} items={diff.added.map((a) => a.title)} />
        <List heading={x.removed} items={diff.removed.map((a) => a.title)} />
        <List heading={x.moved} items={diff.moved.map((m) => x.movedItem(m.title, formatDate(m.from, t.lang), formatDate(m.to, t.lang)))} />
        <List heading={x.answerAgain} items={diff.answerAgain.map((a) => a.text)} />
        {diff.warnings.length > 0 && <List heading={x.warnings} items={diff.warnings} />}
        <section>
          <h2 className="heading-m">{x.changes}</h2>
          {diff.changes.length === 0 ? <p>{x.none}</p> : diff.changes.map((c) => (
            <div key={c.version}>
              <h3 className="heading-s">{c.version}</h3>
              <ul>{c.lines.map((l, i) => <li key={i}>{l}</li>)}</ul>
            </div>
          ))}
        </section>
        <p>{x.keepNote}</p>
        <div className="button-group">
          <button type="button" className="button" onClick={onConfirm}>{x.confirm}</button>
        </div>
      </main>
    </>
  );
}
