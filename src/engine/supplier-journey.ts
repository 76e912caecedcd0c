/**
 * The supplier's side of a request: which questions are the supplier's to
 * answer (marked `askSupplier` in the questionnaire, or answered "I don't know"
 * by the buyer), and which of them the supplier meets, on the route the buyer's
 * answers and the supplier's own give.
 */
import type { Answers } from './answers.ts';
import { UNKNOWN } from './answers.ts';
import { route } from './journey.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';

export type SupplierReason = 'provider' | 'unknown';

export interface SupplierQuestion {
  id: string;
  reason: SupplierReason;
  /** On the buyer's route now (otherwise the supplier's answers may lead to it). */
  onRoute: boolean;
}

/** Every question a request asks, in questionnaire order, with why: the provider's to answer, or "I don't know" on the buyer's route. */
export function supplierQuestions(questionnaire: Questionnaire, buyer: Answers): SupplierQuestion[] {
  const r = route(questionnaire, buyer);
  const onRoute = new Set(r.current ? [...r.steps, r.current] : r.steps);
  return questionnaire.questions.flatMap((q): SupplierQuestion[] => {
    const value = r.relevant[q.id];
    const unknown = value !== undefined && (Array.isArray(value) ? value.includes(UNKNOWN) : value === UNKNOWN);
    if (q.askSupplier) return [{ id: q.id, reason: 'provider', onRoute: onRoute.has(q.id) }];
    if (unknown) return [{ id: q.id, reason: 'unknown', onRoute: true }];
    return [];
  });
}

export interface SupplierRoute {
  /** Requested questions the supplier has answered, on the route, in order. */
  steps: string[];
  /** The next requested question for the supplier, or null when the supplier is done. */
  current: string | null;
  /** The supplier's answers that count. */
  relevant: Answers;
}

/**
 * The buyer's answers to the requested questions are set aside so that the
 * route stops at each one the supplier has not answered yet; a question that
 * only the buyer can answer ends the supplier's part.
 */
export function supplierRoute(questionnaire: Questionnaire, buyer: Answers, requested: readonly string[], supplier: Answers): SupplierRoute {
  const asked = new Set(requested);
  const base = Object.fromEntries(Object.entries(buyer).filter(([id]) => !asked.has(id)));
  const r = route(questionnaire, { ...base, ...Object.fromEntries(Object.entries(supplier).filter(([id]) => asked.has(id))) });
  const steps = r.steps.filter((id) => asked.has(id));
  return {
    steps,
    current: r.current && asked.has(r.current) ? r.current : null,
    relevant: Object.fromEntries(steps.map((id) => [id, r.relevant[id]!])),
  };
}
