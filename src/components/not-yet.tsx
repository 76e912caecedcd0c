import { useStrings } from '../i18n/use-strings.ts';

/** Shown while a page's part of the questionnaire loads, or if it could not be loaded. */
export function NotYet({ failed }: { failed: boolean }) {
  const t = useStrings();
  return (
    <p className="loading" role="status">
      {failed ? t.loadFailed : t.loading}
    </p>
  );
}
