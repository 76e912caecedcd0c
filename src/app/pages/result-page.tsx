import { useMemo, useState } from 'react';
import { useSelector } from '@xstate/react';
import { assess } from '../../engine/assess.ts';
import { ResultStep } from '../../steps/result/result-step.tsx';
import { pdfReport } from '../pdf-report.ts';
import { reportField } from '../selectors.ts';
import { useWizard } from '../wizard-context.ts';
import { useCompleteQuestionnaire } from '../use-complete-questionnaire.ts';
import { NotYet } from '../../components/not-yet.tsx';
import { useStartNew } from '../../components/unsaved-work.tsx';
import type { Questionnaire } from '../../questionnaire/schema.ts';
import type { Answers } from '../../engine/answers.ts';

export function ResultPage() {
  const actor = useWizard();
  const { questionnaire: lean, work } = useSelector(actor, (s) => s.context);
  const { questionnaire: full, failed } = useCompleteQuestionnaire(lean);
  return full ? <Result q={full} answers={work.answers} /> : <NotYet failed={failed} />;
}

function Result({ q, answers }: { q: Questionnaire; answers: Answers }) {
  const actor = useWizard();
  const startNew = useStartNew();
  const work = { answers };
  const assessment = useMemo(() => assess(q, work.answers), [q, work.answers]);
  const [pdfState, setPdfState] = useState<'idle' | 'working' | 'failed'>('idle');
  const onPdf = pdfReport
    ? () => {
        setPdfState('working');
        pdfReport!(q, work.answers, assessment).then(
          () => setPdfState('idle'),
          () => setPdfState('failed'),
        );
      }
    : null;
  return (
    <ResultStep
      assessment={assessment}
      disclaimer={q.disclaimer}
      systemName={reportField(q, work.answers, 'system-name')}
      onExport={() => actor.send({ type: 'export' })}
      onPdf={onPdf}
      pdfState={pdfState}
      onStartAgain={() => startNew({ type: 'reset' })}
      onReport={async (format) => (await import('../../report/lazy-formats.ts')).downloadReport(format, q, work.answers, assessment)}
    />
  );
}
