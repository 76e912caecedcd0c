import type { ReactNode } from 'react';
import { useStrings } from '../../i18n/use-strings.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { ErrorSummary, type FieldError } from '../../components/ui/error-summary.tsx';
import { useFocusHeading } from '../../components/ui/use-focus-heading.ts';
import { usePageTitle } from '../../components/ui/use-page-title.ts';
import { SavedRow, type SavedRowActions, type SavedRowData } from './saved-row.tsx';
import { DownloadAssessment } from '../../components/download-assessment.tsx';

interface Props {
  rows: SavedRowData[];
  damaged: { key: string; reason: string }[];
  actions: SavedRowActions;
  onDownloadDamaged: (key: string) => void;
  onDeleteDamaged: (key: string) => void;
  errors: FieldError[];
  importer: ReactNode;
}

export function SavedStep({ rows, damaged, actions, onDownloadDamaged, onDeleteDamaged, errors, importer }: Props) {
  const t = useStrings();
  const headingRef = useFocusHeading<HTMLHeadingElement>('saved');
  usePageTitle(t.pages.saved, errors.length > 0);
  return (
    <>
      <BackLink href="#/">{t.saved.back}</BackLink>
      <main id="main" className="main" tabIndex={-1}>
        <ErrorSummary errors={errors} />
        <h1 className="heading-l" tabIndex={-1} ref={headingRef}>
          {t.saved.heading}
        </h1>
        <p>{t.saved.lead}</p>
        <p><a href="#/register">{t.register.link}</a></p>
        {damaged.length > 0 && (
          <div className="warning-box" role="region" aria-labelledby="damaged">
            <h2 className="heading-m" id="damaged">{t.saved.damagedHeading}</h2>
            <p>{t.saved.damagedLead}</p>
            <ul>
              {damaged.map((d) => (
                <li key={d.key}>
                  {t.saved.damagedItem(d.key)} ({d.reason}){' '}
                  <button type="button" className="link-button" onClick={() => onDownloadDamaged(d.key)}>
                    {t.saved.download} <span className="visually-hidden">{d.key}</span>
                  </button>{' '}
                  <button type="button" className="link-button" onClick={() => onDeleteDamaged(d.key)}>
                    {t.saved.remove} <span className="visually-hidden">{d.key}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {rows.length === 0 ? <p>{t.saved.empty}</p> : <ul className="saved-list">{rows.map((row) => <SavedRow key={row.id} row={row} actions={actions} />)}</ul>}
        <DownloadAssessment />
        <h2 className="heading-m">{t.start.importHeading}</h2>
        {importer}
      </main>
    </>
  );
}
