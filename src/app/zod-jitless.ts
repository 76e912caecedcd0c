/**
 * Must be the first import of main.tsx: tells zod not to compile validators with
 * `new Function`, which the Content Security Policy (no 'unsafe-eval') forbids.
 * Without it zod's eval probe would be reported as a CSP violation.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });
