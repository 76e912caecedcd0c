import type { RuleHit } from '../engine/assessment.ts';

/** The rules that decided an outcome, each with its citations. */
export function DecidedBy({ rules }: { rules: RuleHit[] }) {
  if (rules.length === 0) return null;
  return (
    <ul className="decided-by">
      {rules.map((rule) => (
        <li key={rule.id}>
          <strong>{rule.title}</strong> ({rule.cites.map((c) => c.cite).join('; ')})<br />
          {rule.summary}
        </li>
      ))}
    </ul>
  );
}
