/**
 * Performance marks for "Continue pressed" → "next page rendered"; read by the
 * UI benchmark through the Performance API. wizard:transition is the whole
 * span, to the first effect after the new page is painted; wizard:validate
 * (form validation) and wizard:commit (until React has put the new page in the
 * DOM) show where the time goes.
 */
const START = 'wizard:continue';
const VALID = 'wizard:valid';
const COMMIT = 'wizard:committed';
let pending = false;

export function markContinue(): void {
  performance.clearMarks(START);
  performance.mark(START);
  pending = true;
}

export function markValid(): void {
  if (!pending) return;
  performance.mark(VALID);
  performance.measure('wizard:validate', START, VALID);
}

/** Call from a layout effect of the new page. */
export function markCommitted(): void {
  if (!pending) return;
  performance.mark(COMMIT);
  performance.measure('wizard:commit', START, COMMIT);
}

/** Call from a passive effect of the new page. */
export function markRendered(): void {
  if (!pending) return;
  pending = false;
  performance.measure('wizard:transition', START);
}
