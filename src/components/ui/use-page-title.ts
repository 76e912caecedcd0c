import { useEffect } from 'react';
import { useStrings } from '../../i18n/use-strings.ts';

/**
 * "<page> – <app>", prefixed "Error: " while the page shows errors. Set just
 * after the page is drawn: changing the title is slow in some browsers and
 * should not hold up the new page.
 */
export function usePageTitle(page: string, hasError = false): void {
  const t = useStrings();
  useEffect(() => {
    const title = `${hasError ? t.errorPrefix : ''}${page}${t.titleSeparator}${t.appTitle}`;
    const timer = setTimeout(() => {
      document.title = title;
    }, 0);
    return () => clearTimeout(timer);
  }, [page, hasError, t]);
}
