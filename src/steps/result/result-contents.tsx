import { useStrings } from '../../i18n/use-strings.ts';
import { InPageLink } from './in-page-link.tsx';

export interface ContentsEntry {
  id: string;
  title: string;
}

/** The page's sections as in-page links, in the order they follow. */
export function ResultContents({ entries }: { entries: ContentsEntry[] }) {
  const t = useStrings();
  return (
    <nav className="contents no-print" aria-labelledby="contents">
      <h2 className="heading-s" id="contents">{t.summary.contents}</h2>
      <ul className="contents__list">
        {entries.map((e) => (
          <li key={e.id}>
            <InPageLink to={e.id}>{e.title}</InPageLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
