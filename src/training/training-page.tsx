/** The training page for the address, wired to the wizard's machine (its questionnaire and import path). */
import { lazy, useEffect } from 'react';
import { useSelector } from '@xstate/react';
import { useWizard } from '../app/wizard-context.ts';
import { useCompleteQuestionnaire } from '../app/use-complete-questionnaire.ts';
import { NotYet } from '../components/not-yet.tsx';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { ExamplePage } from './example-page.tsx';
import { ExamplesPage } from './examples-page.tsx';
import { GlossaryPage } from './glossary-page.tsx';
import { QuizPage } from './quiz-page.tsx';
import type { TrainingRoute } from './training-route.ts';
import './training.css';

const PathPage = lazy(() => import('./path-page.tsx').then((m) => ({ default: m.PathPage })));

function ExampleContainer({ exampleId, q }: { exampleId: string; q: Questionnaire }) {
  const actor = useWizard();
  const importState = useSelector(actor, (s) => s.context.importState);
  // A question left open here is not left waiting for the next page.
  useEffect(() => () => actor.send({ type: 'import.cancel' }), [actor]);
  return (
    <ExamplePage
      questionnaire={q}
      exampleId={exampleId}
      importState={importState}
      onStart={(title, answers) => actor.send({ type: 'import.parsed', fileName: title, result: { ok: true, answers, warnings: [] } })}
      onConfirm={() => actor.send({ type: 'import.confirm' })}
      onCancel={() => actor.send({ type: 'import.cancel' })}
    />
  );
}

export function TrainingPage({ route }: { route: TrainingRoute }) {
  const actor = useWizard();
  const lean = useSelector(actor, (s) => s.context.questionnaire);
  const { questionnaire: q, failed } = useCompleteQuestionnaire(lean);
  const answers = useSelector(actor, (s) => s.context.work.answers);
  if (!q) return <NotYet failed={failed} />;
  switch (route.kind) {
    case 'examples':
      return <ExamplesPage questionnaire={q} />;
    case 'example':
      return <ExampleContainer key={route.id} exampleId={route.id} q={q} />;
    case 'quiz':
      return <QuizPage questionnaire={q} />;
    case 'glossary':
      return <GlossaryPage questionnaire={q} termId={route.termId} />;
    case 'path':
      return <PathPage questionnaire={q} currentAnswers={answers} exampleId={route.exampleId} sectionId={route.sectionId ?? null} />;
  }
}
