import { useStrings } from '../../i18n/use-strings.ts';

export interface ResultActionsProps {
  onExport: () => void;
  /** Present only when the PDF report module is part of the build. */
  onPdf: (() => void) | null;
  pdfState: 'idle' | 'working' | 'failed';
  onStartAgain: () => void;
}

export function ResultActions({ onExport, onPdf, pdfState, onStartAgain }: ResultActionsProps) {
  const t = useStrings();
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
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t.result.print}
        </button>
      </div>
      <p id="pdf-status" role="status" className={pdfState === 'failed' ? 'field-error' : 'small'}>
        {pdfState === 'working' ? t.result.pdfWorking : pdfState === 'failed' ? t.result.pdfFailed : ''}
      </p>
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
