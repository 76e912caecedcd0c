import { useStrings } from '../../i18n/use-strings.ts';

export interface Progress {
  section: number;
  sections: number;
  sectionTitle: string;
  /** This page's number and the estimated number of pages to the end. */
  page: number;
  ofAbout: number;
}

/** Where the user is: the section (of a fixed list) and the page, of about how many. */
export function ProgressCaption({ progress }: { progress: Progress }) {
  const t = useStrings();
  return (
    <div className="progress">
      <p className="caption">{t.progress.section(progress.section, progress.sections, progress.sectionTitle)}</p>
      <p className="progress__answered">{t.journey.page(progress.page, progress.ofAbout)}</p>
    </div>
  );
}
