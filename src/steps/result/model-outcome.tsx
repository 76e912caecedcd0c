import type { Outcome } from '../../engine/assessment.ts';
import { useStrings } from '../../i18n/use-strings.ts';
import { TierBadge } from '../../components/ui/tier-badge.tsx';

/** The model's own headline, beside the system's, when a model provider also builds a system on it. */
export function ModelOutcome({ outcome }: { outcome: Outcome }) {
  const t = useStrings();
  return (
    <section aria-labelledby="model-outcome" className={`outcome outcome--${outcome.tier}`} data-model-tier={outcome.tier}>
      <h2 className="heading-m" id="model-outcome">
        {t.about.modelHeading}: <TierBadge tier={outcome.tier} label={outcome.title} />
      </h2>
      <p>{outcome.summary}</p>
      {outcome.provisional && <p>{t.result.provisional}</p>}
      <h3 className="heading-s">{t.about.modelNext}</h3>
      <ul>{outcome.next.map((n) => <li key={n}>{n}</li>)}</ul>
    </section>
  );
}
