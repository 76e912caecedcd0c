import { lazy, Suspense } from 'react';
import { useSelector } from '@xstate/react';
import { PageLayout } from '../components/page-layout.tsx';
import { PageErrorBoundary } from '../components/page-error-boundary.tsx';
import { StorageBanner } from '../components/storage-banner.tsx';
import { useStrings } from '../i18n/use-strings.ts';
import { stepOf, stepToHash } from '../machine/step-hash.ts';
import { TrainingNav } from '../training/training-nav.tsx';
import { useTrainingRoute } from '../training/use-training-route.ts';
import { hashToRegister } from '../register/register-route.ts';
import { useSideRoute } from './use-side-route.ts';
import { StartPage } from './pages/start-page.tsx';
import { useHashSync } from './use-hash-sync.ts';
import { WizardContext, type WizardActor } from './wizard-context.ts';

// The start page comes with the first download; the other pages load when first needed
// (and are cached for offline use by the service worker).
const QuestionPage = lazy(() => import('./pages/question-page.tsx').then((m) => ({ default: m.QuestionPage })));
const CheckPage = lazy(() => import('./pages/check-page.tsx').then((m) => ({ default: m.CheckPage })));
const ResultPage = lazy(() => import('./pages/result-page.tsx').then((m) => ({ default: m.ResultPage })));
const DetailsPage = lazy(() => import('./pages/details-page.tsx').then((m) => ({ default: m.DetailsPage })));
const SavedPage = lazy(() => import('./pages/saved-page.tsx').then((m) => ({ default: m.SavedPage })));
const RegisterPage = lazy(() => import('../register/register-page.tsx').then((m) => ({ default: m.RegisterPage })));
const ReassessPage = lazy(() => import('../register/reassess-page.tsx').then((m) => ({ default: m.ReassessPage })));
const RequestPage = lazy(() => import('./pages/supplier-pages.tsx').then((m) => ({ default: m.RequestPage })));
const SupplierPage = lazy(() => import('./pages/supplier-pages.tsx').then((m) => ({ default: m.SupplierPage })));
const ComparePage = lazy(() => import('./pages/supplier-pages.tsx').then((m) => ({ default: m.ComparePage })));
const TrainingPage = lazy(() => import('../training/training-page.tsx').then((m) => ({ default: m.TrainingPage })));

function Loading() {
  const t = useStrings();
  return (
    <p className="loading" role="status">
      {t.loading}
    </p>
  );
}

function CurrentPage({ actor }: { actor: WizardActor }) {
  const step = useSelector(actor, (s) => stepOf(s), (a, b) => JSON.stringify(a) === JSON.stringify(b));
  const training = useTrainingRoute(stepToHash(step));
  const register = useSideRoute(stepToHash(step), hashToRegister);
  if (training) return <TrainingPage route={training} />;
  if (register) return register.kind === 'register' ? <RegisterPage /> : <ReassessPage id={register.id} />;
  switch (step.kind) {
    case 'question':
      return <QuestionPage questionId={step.id} />;
    case 'check':
      return <CheckPage />;
    case 'result':
      return <ResultPage />;
    case 'saved':
      return <SavedPage />;
    case 'request':
      return <RequestPage />;
    case 'supplier':
      return <SupplierPage />;
    case 'compare':
      return <ComparePage />;
    case 'details':
      return <DetailsPage />;
    default:
      return <StartPage />;
  }
}

/** Composition only: the page for the machine's state, inside the layout. */
export function App({ actor }: { actor: WizardActor }) {
  useHashSync(actor);
  const storage = useSelector(actor, (s) => s.context.storage);
  const page = useSelector(actor, (s) => stepToHash(stepOf(s)));
  return (
    <WizardContext.Provider value={actor}>
      <PageLayout
        banner={
          <>
            <TrainingNav />
            <StorageBanner status={storage} />
          </>
        }
      >
        <PageErrorBoundary resetKey={page}>
          <Suspense fallback={<Loading />}>
            <CurrentPage actor={actor} />
          </Suspense>
        </PageErrorBoundary>
      </PageLayout>
    </WizardContext.Provider>
  );
}
