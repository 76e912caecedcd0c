/**
 * Performance marks for "Continue pressed" → "next page rendered"; read by the
 * UI benchmark through the Performance API (entries named wizard:transition).
 */
const START = 'wizard:continue';
let pending = false;

export function markContinue(): void {
  performance.clearMarks(START);
  performance.mark(START);
  pending = true;
}

export function markRendered(): void {
  if (!pending) return;
  pending = false;
  performance.measure('wizard:transition', START);
}
