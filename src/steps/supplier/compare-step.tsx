import { useState } from 'react';
import { useStrings } from '../../i18n/use-strings.ts';
import { ErrorSummary } from '../../components/ui/error-summary.tsx';
import { useFocusHeading } from '../../components/ui/use-focus-heading.ts';
import { usePageTitle } from '../../components/ui/use-page-title.ts';
import type { ReplyComparison, ResultSide } from '../../engine/compare-answers.ts';

interface Props {
  supplier: string;
  date: string;
  comparison: ReplyComparison;
  /** The result if only the ticked answers were accepted. */
  onSelection: (questionIds: string[]) => ReplyComparison;
  onAccept: (questionIds: string[]) => void;
  onCancel: () => void;
}

const checkboxId = (id: string) => `accept-${id.replace(/\./g, '-')}`;

function Side({ label, side }: { label: string; side: ResultSide }) {
  const t = useStrings();
  const flags = [...(side.provisional ? [t.compare.provisional] : []), ...(side.complete ? [] : [t.compare.incomplete])];
  return (
    <div className="summary-list__row">
      <dt className="summary-list__key">{label}</dt>
      <dd className="summary-list__value" data-tier={side.tier}>
        <strong>{side.title}</strong>
        {flags.length > 0 && ` (${flags.join(', ')})`}
      </dd>
    </div>
  );
}

/** The buyer's check of a reply: each answer beside the buyer's, the result before and after, accept all or some. */
export function CompareStep({ supplier, date, comparison, onSelection, onAccept, onCancel }: Props) {
  const t = useStrings();
  const [selected, setSelected] = useState<string[]>(comparison.answers.map((a) => a.questionId));
  const [error, setError] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const headingRef = useFocusHeading<HTMLHeadingElement>('compare');
  usePageTitle(t.compare.title, error);
  const shown = selected.length === comparison.answers.length ? comparison : onSelection(selected);
  const first = comparison.answers[0];
  return (
    <main id="main" className="main main--wide" tabIndex={-1}>
      <ErrorSummary errors={error && first ? [{ fieldId: checkboxId(first.questionId), message: t.compare.noneSelected }] : []} focusKey={attempt} />
      <h1 className="heading-l" tabIndex={-1} ref={headingRef}>
        {t.compare.title}
      </h1>
      <p className="lead">{t.compare.lead(supplier, date)}</p>
      <h2 className="heading-m">{t.compare.resultHeading}</h2>
      <dl className="summary-list" id="compare-result">
        <Side label={t.compare.before} side={shown.before} />
        <Side label={t.compare.after} side={shown.after} />
      </dl>
      {shown.added.length === 0 && shown.removed.length === 0 && <p>{t.compare.noChange}</p>}
      {shown.added.length > 0 && (
        <>
          <h3 className="heading-s">{t.compare.added}</h3>
          <ul id="obligations-added">{shown.added.map((o) => <li key={o.id}>{o.title}</li>)}</ul>
        </>
      )}
      {shown.removed.length > 0 && (
        <>
          <h3 className="heading-s">{t.compare.removed}</h3>
          <ul id="obligations-removed">{shown.removed.map((o) => <li key={o.id}>{o.title}</li>)}</ul>
        </>
      )}
      <h2 className="heading-m">{t.compare.answersHeading}</h2>
      <table className="table" id="compare-answers">
        <thead>
          <tr>
            <th scope="col">{t.compare.accept}</th>
            <th scope="col">{t.compare.question}</th>
            <th scope="col">{t.compare.theirs}</th>
            <th scope="col">{t.compare.yours}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.answers.map((a) => (
            <tr key={a.questionId} data-question={a.questionId}>
              <td>
                <input
                  type="checkbox"
                  className="checkbox"
                  id={checkboxId(a.questionId)}
                  aria-label={t.compare.acceptLabel(a.question)}
                  checked={selected.includes(a.questionId)}
                  onChange={(e) => setSelected(e.target.checked ? [...selected, a.questionId] : selected.filter((id) => id !== a.questionId))}
                />
              </td>
              <th scope="row">{a.question}</th>
              <td>{a.supplier.join(', ')}</td>
              <td>
                {a.buyer ? a.buyer.join(', ') : t.compare.none}
                <br />
                <span className="tag">{a.buyer === null ? t.compare.added1 : a.replaces ? t.compare.replaces : t.compare.same}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small">{t.compare.kept}</p>
      <div className="button-group">
        <button
          type="button"
          className="button"
          onClick={() => {
            setAttempt((n) => n + 1);
            if (selected.length === 0) return setError(true);
            onAccept(selected);
          }}
        >
          {t.compare.acceptSelected}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onAccept(comparison.answers.map((a) => a.questionId))}>
          {t.compare.acceptAll}
        </button>
      </div>
      <p>
        <button type="button" className="link-button" onClick={onCancel}>
          {t.compare.cancel}
        </button>
      </p>
    </main>
  );
}
