import type { Tier } from '../../questionnaire/schema.ts';

/** The tier as text with an icon whose shape differs per tier, so colour is never the only cue. */
const ICON: Record<Tier, string> = {
  unacceptable: '⛔',
  high: '▲',
  'gpai-model': '◆',
  limited: '●',
  minimal: '✓',
  'out-of-scope': '○',
  'not-ai-system': '○',
};

export function TierBadge({ tier, label }: { tier: Tier; label: string }) {
  return (
    <span className={`tier tier--${tier}`}>
      <span className="tier__icon" aria-hidden="true">
        {ICON[tier]}
      </span>
      {label}
    </span>
  );
}
