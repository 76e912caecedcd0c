/** Small helpers for reliability.spec.mjs, on top of harness.mjs. */
export { assert, launchPersistent, openApp, test } from './harness.mjs';

/** Presses Continue without waiting for the address to change (the answer may be refused or held). */
export async function pressContinueOn(page) {
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
}
