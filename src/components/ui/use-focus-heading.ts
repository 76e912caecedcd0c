import { useEffect, useRef } from 'react';

let firstPage = true;

/**
 * Moves focus to the page heading when a new page is shown (not on the first
 * load), so keyboard and screen-reader users start at the top of the new page.
 */
export function useFocusHeading<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus({ preventScroll: false });
  }, [key]);
  return ref;
}
