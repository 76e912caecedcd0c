import { useState } from 'react';
import { useStrings } from '../../i18n/use-strings.ts';

export type ReportFormat = 'html' | 'docx';

export interface ResultActionsProps {
  onExport: () => void;
  /** Present only when the PDF report module is part of the build. */
  onPdf: (() => void) | null;
  pdfState: 'idle' | 'working' | 'failed';
  onStartAgain: () => void;
  /** Makes and downloads the report as HTML or Word (each renderer loaded on demand). */
  onReport?: ((format: ReportFormat) => Promise<void>) | null;
}

export function ResultActions({ onExport, onPdf, pdfState, onStartAgain, onReport }: ResultActionsProps) {
  const t = useStrings();
  const [formatState, setFormatState] = useState<'idle' | 'working' | 'failed'>('idle');
  const report = (format: ReportFormat) => {
    if (!onReport) return;
    setFormatState('working');
    onReport(format).then(
      () => setFormatState('idle'),
      () => setFormatState('failed'),
    );
  };
  return (
    <div className="actions no-print">
      <div className="button-group">
        <button type="button" className="button" onClick={onExport}>
          {t.result.exportFile}
        </button>
        {onPdf && (
          <button type="button" className="button button--secondary" onClick={onPdf} disabled={pdfState === 'working'} aria-describedby="pdf-status">
            {t.result.pdf}
          </button>
        )}
        {onReport && (
          <>
            <button type="button" className="button button--secondary" onClick={() => report('html')} disabled={formatState === 'working'} aria-describedby="report-status">
              {t.reportFormats.html}
            </button>
            <button type="button" className="button button--secondary" onClick={() => report('docx')} disabled={formatState === 'working'} aria-describedby="report-status">
              {t.reportFormats.docx}
            </button>
          </>
        )}
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t.result.print}
        </button>
      </div>
      <p id="pdf-status" role="status" className={pdfState === 'failed' ? 'field-error' : 'small'}>
        {pdfState === 'working' ? t.result.pdfWorking : pdfState === 'failed' ? t.result.pdfFailed : ''}
      </p>
      {onReport && (
        <p id="report-status" role="status" className={formatState === 'failed' ? 'field-error' : 'small'}>
          {formatState === 'working' ? t.reportFormats.working : formatState === 'failed' ? t.reportFormats.failed : ''}
        </p>
      )}
      <p>
        <a href="#/check">{t.result.checkAgain}</a>
      </p>
      <p>
        <a href="#/request">{t.request.title}</a>
      </p>
      <p>
        <button type="button" className="link-button" onClick={onStartAgain}>
          {t.result.startAgain}
        </button>
      </p>
    </div>
  );
}
