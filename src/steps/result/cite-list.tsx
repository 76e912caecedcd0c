import type { Citation } from '../../questionnaire/schema.ts';

export function CiteList({ cites }: { cites: Citation[] }) {
  if (cites.length === 0) return null;
  return <span className="cites">{cites.map((c) => c.cite).join('; ')}</span>;
}
