import { useStrings } from '../../i18n/use-strings.ts';
import { VisuallyHidden } from './visually-hidden.tsx';

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  const t = useStrings();
  if (!message) return null;
  return (
    <p className="field-error" id={id}>
      <VisuallyHidden>{t.errorPrefix.trim()}</VisuallyHidden> {message}
    </p>
  );
}
