import { useMemo, useState } from 'react';
import { useSelector } from '@xstate/react';
import { assess } from '../../engine/assess.ts';
import { ResultStep } from '../../steps/result/result-step.tsx';
import { pdfReport } from '../pdf-report.ts';
import { reportField } from '../selectors.ts';
import { useWizard } from '../wizard-context.ts';

export function ResultPage() {
  const actor = useWizard();
  const { questionnaire: q, work } = useSelector(actor, (s) => s.context);
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
      outcomes={q.outcomes}
      disclaimer={q.disclaimer}
      systemName={reportField(q, work.answers, 'system-name')}
      onExport={() => actor.send({ type: 'export' })}
      onPdf={onPdf}
      pdfState={pdfState}
      onStartAgain={() => actor.send({ type: 'reset' })}
    />
  );
}
