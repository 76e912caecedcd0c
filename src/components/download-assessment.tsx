import { useContext } from 'react';
import { useSelector } from '@xstate/react';
import { WizardContext, type WizardActor } from '../app/wizard-context.ts';
import { useStrings } from '../i18n/use-strings.ts';

interface Props {
  /** 'link' (default): a quiet link with a hint, for question, check and saved pages; 'button': a secondary button. */
  look?: 'link' | 'button';
}

/**
 * "Download the assessment file" from any page: the open work, answered or not,
 * as the same file the result page exports (the machine's `export`), so an
 * unfinished assessment can be kept or handed to a colleague.
 */
export function DownloadAssessment({ look = 'link' }: Props) {
  const actor = useContext(WizardContext);
  return actor ? <Download actor={actor} look={look} /> : null;
}

function Download({ actor, look }: { actor: WizardActor; look: 'link' | 'button' }) {
  const t = useStrings();
  const hasWork = useSelector(actor, (s) => Object.keys(s.context.work.answers).length > 0 || s.context.work.details !== undefined);
  if (!hasWork) return null;
  const download = () => actor.send({ type: 'export' });
  if (look === 'button') {
    return (
      <button type="button" className="button button--secondary" onClick={download}>
        {t.download.button}
      </button>
    );
  }
  return (
    <div className="download-assessment no-print">
      <button type="button" className="link-button" onClick={download} aria-describedby="download-assessment-hint">
        {t.download.button}
      </button>
      <p className="small" id="download-assessment-hint">
        {t.download.hint}
      </p>
    </div>
  );
}
