/**
 * A back link that behaves like the browser's Back button: when the page before
 * this one in the browser history is its target, it goes back in history;
 * otherwise it opens the target as a normal link.
 */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <nav aria-label={children}>
    <a
      className="back-link"
      href={href}
      onClick={(event) => {
        const from = (window.history.state as { from?: string } | null)?.from;
        if (from === href) {
          event.preventDefault();
          window.history.back();
        }
      }}
    >
      {children}
    </a>
    </nav>
  );
}
