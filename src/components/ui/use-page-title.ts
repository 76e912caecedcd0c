import { useEffect } from 'react';
import { useStrings } from '../../i18n/use-strings.ts';

/** "<page> – <app>", prefixed "Error: " while the page shows errors. */
export function usePageTitle(page: string, hasError = false): void {
  const t = useStrings();
  useEffect(() => {
    document.title = `${hasError ? t.errorPrefix : ''}${page}${t.titleSeparator}${t.appTitle}`;
  }, [page, hasError, t]);
}
