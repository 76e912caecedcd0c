import { useStrings } from '../i18n/use-strings.ts';

/** After opening an older file: the answers the user should check again. */
export function ReviewNotice({ items, onDismiss }: { items: string[]; onDismiss: () => void }) {
  const t = useStrings();
  if (items.length === 0) return null;
  return (
    <div className="notice" role="region" aria-labelledby="review-title">
      <h2 className="heading-s" id="review-title">
        {t.check.reviewHeading}
      </h2>
      <p>{t.check.reviewLead}</p>
      <ul>{items.map((w) => <li key={w}>{w}</li>)}</ul>
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        {t.check.dismiss}
      </button>
    </div>
  );
}
