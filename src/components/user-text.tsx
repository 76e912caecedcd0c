/**
 * Text the user (or a supplier's file) wrote, shown inside the app's own words:
 * isolated, so a right-to-left override in it cannot reverse the labels around
 * it, and wrapped anywhere, so a 200-character word cannot push the page sideways.
 */
import type { ReactNode } from 'react';

export function UserText({ children }: { children: ReactNode }) {
  return <bdi className="user-text">{children}</bdi>;
}

/** For user text inside a sentence built as a string: the same isolation with FSI … PDI. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
