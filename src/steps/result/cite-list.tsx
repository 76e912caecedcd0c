import { formatCites } from '../../i18n/cite-format.ts';
import { useStrings } from '../../i18n/use-strings.ts';
import type { Citation } from '../../questionnaire/schema.ts';

/** The citations in the style of the page's language ("Art 6(2)", "artikel 6.2", "Art. 6 Abs. 2"). */
export function CiteList({ cites }: { cites: Citation[] }) {
  const t = useStrings();
  if (cites.length === 0) return null;
  return <span className="cites">{formatCites(cites, t.lang)}</span>;
}
