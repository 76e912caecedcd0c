/**
 * A back link that behaves like the browser's Back button: when this page was
 * opened from another page of the wizard, it goes back in history (so after
 * "Change" it returns to check your answers); otherwise, after a reload of a
 * deep link for example, it opens `href`, the page before this one.
 */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <nav aria-label={children}>
    <a
      className="back-link"
      href={href}
      onClick={(event) => {
        const from = (window.history.state as { from?: string } | null)?.from;
        if (from) {
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
