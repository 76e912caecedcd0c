import type { StorageStatus } from '../machine/types.ts';
import { useStrings } from '../i18n/use-strings.ts';

/** Says plainly when answers cannot be saved in this browser; the wizard carries on. */
export function StorageStatusBanner({ status }: { status: StorageStatus }) {
  const t = useStrings();
  if (status === 'ok') return null;
  return (
    <div className="banner" role="status">
      <p>
        {status === 'full' ? t.storage.full : t.storage.unavailable} {status === 'full' && <a href="#/saved">{t.reliability.savedLink}</a>}
      </p>
    </div>
  );
}
