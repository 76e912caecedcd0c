import { useStrings } from '../../i18n/use-strings.ts';

export interface Progress {
  section: number;
  sections: number;
  sectionTitle: string;
  answered: number;
}

/** Where the user is: the section (of a fixed list) and how many questions are answered. */
export function ProgressCaption({ progress }: { progress: Progress }) {
  const t = useStrings();
  return (
    <div className="progress">
      <p className="caption">{t.progress.section(progress.section, progress.sections, progress.sectionTitle)}</p>
      <p className="progress__answered">{t.progress.answered(progress.answered)}</p>
    </div>
  );
}
