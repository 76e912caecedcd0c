/** The tender annex (PDF) and the EU database registration sheet (CSV, JSON) of the open assessment. */
import { useMemo, useState } from 'react';
import { useSelector } from '@xstate/react';
import { assess } from '../../engine/assess.ts';
import { useStrings } from '../../i18n/use-strings.ts';
import { fingerprint } from '../../storage/assessment-fingerprint.ts';
import { downloadText, fileNameFor } from '../../storage/download-file.ts';
import { reportField } from '../selectors.ts';
import { useCompleteQuestionnaire } from '../use-complete-questionnaire.ts';
import { useWizard } from '../wizard-context.ts';

export function ProcurementExports() {
  const actor = useWizard();
  const t = useStrings();
  const { questionnaire: lean, work } = useSelector(actor, (s) => s.context);
  const full = useCompleteQuestionnaire(lean).questionnaire;
  const assessment = useMemo(() => (full ? assess(full, work.answers) : null), [full, work.answers]);
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle');
  if (!full || !assessment) return null;
  const hasAnnex = assessment.tenderAnnex.items.length > 0;
  const hasSheets = assessment.registration.length > 0;
  if (!hasAnnex && !hasSheets) return <p>{t.request.nothingToExport}</p>;
  const name = reportField(full, work.answers, 'system-name') ?? 'assessment';
  const sheet = (ext: 'csv' | 'json') => () =>
    void import('../../report/procurement-exports.ts').then((m) =>
      downloadText(fileNameFor(`${name} registration`, new Date(), ext), ext === 'csv' ? m.registrationCsv(assessment) : m.registrationJson(assessment), ext === 'csv' ? 'text/csv' : 'application/json'),
    );
  const pdf = async () => {
    const [{ tenderAnnexReport }, { downloadReportPdf }] = await Promise.all([import('../../report/procurement-exports.ts'), import('../../report/download-pdf.ts')]);
    const context = { answers: work.answers, generatedAt: new Date().toISOString(), fingerprint: await fingerprint(full, work.answers), locale: full.locale };
    const model = tenderAnnexReport(assessment, full, context);
    if (model) await downloadReportPdf(model);
  };
  return (
    <>
      <div className="button-group">
        {hasAnnex && (
          <button
            type="button"
            className="button button--secondary"
            disabled={state === 'working'}
            aria-describedby="procurement-status"
            onClick={() => {
              setState('working');
              pdf().then(() => setState('idle'), () => setState('failed'));
            }}
          >
            {t.request.tenderPdf}
          </button>
        )}
        {hasSheets && (
          <>
            <button type="button" className="button button--secondary" onClick={sheet('csv')}>
              {t.request.registrationCsv}
            </button>
            <button type="button" className="button button--secondary" onClick={sheet('json')}>
              {t.request.registrationJson}
            </button>
          </>
        )}
      </div>
      <p id="procurement-status" role="status" className={state === 'failed' ? 'field-error' : 'small'}>
        {state === 'working' ? t.request.working : state === 'failed' ? t.request.failed : ''}
      </p>
    </>
  );
}
