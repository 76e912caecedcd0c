import type { ReactNode } from 'react';

/**
 * A link to a part of this page. It moves focus and scroll there without
 * changing the address, which holds the wizard's page (#/result).
 */
export function InPageLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <a
      href={`#${to}`}
      onClick={(event) => {
        const target = document.getElementById(to);
        if (!target) return;
        event.preventDefault();
        const details = target instanceof HTMLDetailsElement ? target : target.querySelector<HTMLDetailsElement>(':scope > details');
        if (details) details.open = true;
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.focus({ preventScroll: true });
        target.scrollIntoView?.({ block: 'start' });
      }}
    >
      {children}
    </a>
  );
}
