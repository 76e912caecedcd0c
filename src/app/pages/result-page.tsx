import { useMemo } from 'react';
import { useSelector } from '@xstate/react';
import { assess } from '../../engine/assess.ts';
import { ResultStep } from '../../steps/result/result-step.tsx';
import { pdfPrepare, pdfReport } from '../pdf-report.ts';
import { reportField } from '../selectors.ts';
import { useWizard } from '../wizard-context.ts';
import { useCompleteQuestionnaire } from '../use-complete-questionnaire.ts';
import { NotYet } from '../../components/not-yet.tsx';
import { useStartNew } from '../../components/unsaved-work.tsx';
import type { Questionnaire } from '../../questionnaire/schema.ts';
import type { Work } from '../../machine/types.ts';

export function ResultPage() {
  const actor = useWizard();
  const { questionnaire: lean, work } = useSelector(actor, (s) => s.context);
  const { questionnaire: full, failed } = useCompleteQuestionnaire(lean);
  return full ? <Result q={full} work={work} /> : <NotYet failed={failed} />;
}

/** Today as an ISO date in the user's time zone. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function Result({ q, work }: { q: Questionnaire; work: Work }) {
  const startNew = useStartNew();
  const { answers, details } = work;
  const assessment = useMemo(() => assess(q, answers), [q, answers]);
  const onPdf = pdfReport ? () => pdfReport!(q, answers, assessment, details) : null;
  return (
    <ResultStep
      assessment={assessment}
      disclaimer={q.disclaimer}
      systemName={reportField(q, answers, 'system-name')}
      asOf={details?.assessmentDate ?? today()}
      onPdf={onPdf}
      onPdfPrepare={pdfPrepare ? () => pdfPrepare!(q, answers, assessment, details) : null}
      detailsCount={Object.keys(details ?? {}).length}
      onStartAgain={() => startNew({ type: 'reset' })}
      onReport={async (format) => (await import('../../report/lazy-formats.ts')).downloadReport(format, q, answers, assessment, details)}
    />
  );
}
