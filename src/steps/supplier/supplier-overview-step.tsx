import { useStrings } from '../../i18n/use-strings.ts';
import { useFocusHeading } from '../../components/ui/use-focus-heading.ts';
import { usePageTitle } from '../../components/ui/use-page-title.ts';
import type { AnswerRow } from '../check-answers-step.tsx';
import { AnswerList } from './answer-list.tsx';

interface Props {
  organisation: string;
  reference: string;
  message: string;
  count: number;
  context: AnswerRow[];
  onStart: () => void;
  onClose: () => void;
}

/** The supplier's first page: who asks, their message, their answers (read only), and how many questions follow. */
export function SupplierOverviewStep({ organisation, reference, message, count, context, onStart, onClose }: Props) {
  const t = useStrings();
  const title = t.supplier.title(organisation || t.supplier.someone);
  const headingRef = useFocusHeading<HTMLHeadingElement>('supplier-overview');
  usePageTitle(title);
  return (
    <main id="main" className="main main--wide" tabIndex={-1}>
      <h1 className="heading-l" tabIndex={-1} ref={headingRef}>
        {title}
      </h1>
      <p className="lead">{t.supplier.lead}</p>
      <dl className="summary-list">
        {reference && (
          <div className="summary-list__row">
            <dt className="summary-list__key">{t.supplier.reference}</dt>
            <dd className="summary-list__value">{reference}</dd>
          </div>
        )}
        {message && (
          <div className="summary-list__row">
            <dt className="summary-list__key">{t.supplier.message}</dt>
            <dd className="summary-list__value">
              <p className="pre-wrap">{message}</p>
            </dd>
          </div>
        )}
      </dl>
      <p>{count > 0 ? t.supplier.count(count) : t.supplier.none}</p>
      <button type="button" className="button" onClick={onStart}>
        {t.supplier.start}
      </button>
      <details className="details">
        <summary>{t.supplier.context}</summary>
        <AnswerList rows={context} />
      </details>
      <p>
        <button type="button" className="link-button" onClick={onClose}>
          {t.supplier.close}
        </button>
      </p>
    </main>
  );
}
