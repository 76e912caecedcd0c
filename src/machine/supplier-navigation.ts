/**
 * The supplier's pages, from the request and the supplier's answers alone: an
 * overview, each requested question on the supplier's route, then the reply.
 */
import { supplierRoute } from '../engine/supplier-journey.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import type { Exchange } from './types.ts';

type Supplier = Extract<Exchange, { mode: 'supplier' }>;

const routeOf = (q: Questionnaire, x: Supplier) => supplierRoute(q, x.buyer, x.request.questions, x.answers);

/** The next page for the supplier: the first requested question not answered yet, or the reply. */
export function supplierNext(q: Questionnaire, x: Supplier): string {
  return routeOf(q, x).current ?? 'reply';
}

/** The page before `page`: the previous requested question, or the overview. */
export function supplierBefore(q: Questionnaire, x: Supplier, page: string): string {
  const r = routeOf(q, x);
  const pages = ['overview', ...r.steps, ...(r.current ? [r.current] : ['reply'])];
  const at = pages.indexOf(page);
  return at > 0 ? pages[at - 1]! : 'overview';
}

export function supplierMayOpen(q: Questionnaire, x: Supplier, page: string): boolean {
  if (page === 'overview') return true;
  const r = routeOf(q, x);
  if (page === 'reply') return r.current === null;
  return r.steps.includes(page) || r.current === page;
}
