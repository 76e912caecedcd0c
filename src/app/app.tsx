import { useSelector } from '@xstate/react';
import { PageLayout } from '../components/page-layout.tsx';
import { StorageBanner } from '../components/storage-banner.tsx';
import { stepOf } from '../machine/step-hash.ts';
import { CheckPage } from './pages/check-page.tsx';
import { QuestionPage } from './pages/question-page.tsx';
import { ResultPage } from './pages/result-page.tsx';
import { SavedPage } from './pages/saved-page.tsx';
import { StartPage } from './pages/start-page.tsx';
import { useHashSync } from './use-hash-sync.ts';
import { WizardContext, type WizardActor } from './wizard-context.ts';

function CurrentPage({ actor }: { actor: WizardActor }) {
  const step = useSelector(actor, (s) => stepOf(s), (a, b) => JSON.stringify(a) === JSON.stringify(b));
  switch (step.kind) {
    case 'question':
      return <QuestionPage questionId={step.id} />;
    case 'check':
      return <CheckPage />;
    case 'result':
      return <ResultPage />;
    case 'saved':
      return <SavedPage />;
    default:
      return <StartPage />;
  }
}

/** Composition only: the page for the machine's state, inside the layout. */
export function App({ actor }: { actor: WizardActor }) {
  useHashSync(actor);
  const storage = useSelector(actor, (s) => s.context.storage);
  return (
    <WizardContext.Provider value={actor}>
      <PageLayout banner={<StorageBanner status={storage} />}>
        <CurrentPage actor={actor} />
      </PageLayout>
    </WizardContext.Provider>
  );
}
