import { useStrings } from '../../i18n/use-strings.ts';
import { VisuallyHidden } from '../../components/ui/visually-hidden.tsx';
import type { AnswerRow } from '../check-answers-step.tsx';

/** A summary list of answers; with `change`, each row links to its question. */
export function AnswerList({ rows, change }: { rows: AnswerRow[]; change?: (row: AnswerRow) => { label: string; hidden: string } }) {
  const t = useStrings();
  return (
    <dl className="summary-list">
      {rows.map((row) => {
        const link = change?.(row);
        return (
          <div className="summary-list__row" key={row.questionId}>
            <dt className="summary-list__key">{row.question}</dt>
            <dd className="summary-list__value">
              {row.answer.length === 0 || (row.answer.length === 1 && row.answer[0] === '') ? (
                <span className="muted">{t.check.notAnswered}</span>
              ) : row.answer.length === 1 ? (
                <p className="pre-wrap">{row.answer[0]}</p>
              ) : (
                <ul className="plain-list">{row.answer.map((a) => <li key={a}>{a}</li>)}</ul>
              )}
            </dd>
            {link && (
              <dd className="summary-list__actions">
                <a href={row.changeHref}>
                  {link.label} <VisuallyHidden>{link.hidden}</VisuallyHidden>
                </a>
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}
