/*
 * Runs before the app (a classic script, so before any module): tells zod not to
 * compile validators with `new Function`, which the Content Security Policy
 * (no 'unsafe-eval') forbids; otherwise zod's probe for it is reported as a
 * CSP violation. zod reads this object when it loads.
 */
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
