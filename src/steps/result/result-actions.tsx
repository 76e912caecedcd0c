import { useEffect, useRef, useState } from 'react';
import { useStrings } from '../../i18n/use-strings.ts';
import { DownloadAssessment } from '../../components/download-assessment.tsx';

export type ReportFormat = 'html' | 'docx';

export interface ResultActionsProps {
  /** Makes and downloads the PDF report; present only when the PDF report module is part of the build. */
  onPdf: (() => Promise<void>) | null;
  /** Gets the PDF export ready (its code, the fonts, the renderer compiled); called once when the page is idle. */
  onPdfPrepare?: (() => Promise<void>) | null;
  onStartAgain: () => void;
  /** How many report details are filled in (0: none yet). */
  detailsCount: number;
  /** Makes and downloads the report as HTML or Word (each renderer loaded on demand). */
  onReport?: ((format: ReportFormat) => Promise<void>) | null;
}

/** Gets the PDF export ready once the browser is idle, so that the press on "Download PDF" only renders. */
function usePdfPrefetch(prepare: (() => Promise<void>) | null | undefined) {
  const enabled = Boolean(prepare);
  // The answers' own version when the browser gets idle (the page may have been drawn again meanwhile).
  const latest = useRef(prepare);
  useEffect(() => {
    latest.current = prepare;
  });
  useEffect(() => {
    if (!enabled || typeof requestIdleCallback !== 'function') return;
    const id = requestIdleCallback(() => void latest.current?.().catch(() => undefined), { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }, [enabled]);
}

/** Prints the page with every disclosure open, so the paper copy holds the full texts. */
function printAll() {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('main details')) details.open = true;
  window.print();
}

/** Every export of the result: the PDF report first, then HTML and Word, the assessment file, report details and print. */
export function ResultActions({ onPdf, onPdfPrepare, onStartAgain, detailsCount, onReport }: ResultActionsProps) {
  const t = useStrings();
  usePdfPrefetch(onPdf ? onPdfPrepare : null);
  // Kept here, so that "working" draws these buttons again rather than the whole result page.
  const [pdfState, setPdfState] = useState<'idle' | 'working' | 'failed'>('idle');
  const pdf = () => {
    if (!onPdf) return;
    setPdfState('working');
    onPdf().then(
      () => setPdfState('idle'),
      () => setPdfState('failed'),
    );
  };
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
    <div className="result-actions no-print">
      {onPdf && (
        <button type="button" className="button result-actions__primary" onClick={pdf} disabled={pdfState === 'working'} aria-describedby="pdf-status">
          {t.result.pdf}
        </button>
      )}
      <p id="pdf-status" role="status" className={pdfState === 'failed' ? 'field-error' : 'small'}>
        {pdfState === 'working' ? t.result.pdfWorking : pdfState === 'failed' ? t.result.pdfFailed : ''}
      </p>
      <DownloadAssessment look="button" />
      <ul className="result-actions__links">
        <li>
          <a href="#/details">{t.summary.details}</a>
          <br />
          <span className="small">{detailsCount > 0 ? t.summary.detailsFilled(detailsCount) : t.summary.detailsHint}</span>
        </li>
        {onReport && (
          <li>
            <button type="button" className="link-button" onClick={() => report('html')} disabled={formatState === 'working'} aria-describedby="report-status">
              {t.reportFormats.html}
            </button>
            {' · '}
            <button type="button" className="link-button" onClick={() => report('docx')} disabled={formatState === 'working'} aria-describedby="report-status">
              {t.reportFormats.docx}
            </button>
            <p id="report-status" role="status" className={formatState === 'failed' ? 'field-error' : 'small'}>
              {formatState === 'working' ? t.reportFormats.working : formatState === 'failed' ? t.reportFormats.failed : ''}
            </p>
          </li>
        )}
        <li>
          <button type="button" className="link-button" onClick={printAll}>
            {t.result.print}
          </button>
        </li>
        <li>
          <a href="#/check">{t.result.checkAgain}</a>
        </li>
        <li>
          <a href="#/request">{t.request.title}</a>
        </li>
        <li>
          <button type="button" className="link-button" onClick={onStartAgain}>
            {t.result.startAgain}
          </button>
        </li>
      </ul>
    </div>
  );
}
