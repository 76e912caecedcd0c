/**
 * Conditions: when a question is shown, when a fact holds, when a rule or obligation applies.
 *
 * A closed set of operators, written as small YAML maps:
 *   { q: scope.military, is: yes }                 the answer to a single-choice question
 *   { q: art5.screen, isOneOf: [yes, unknown] }    one of several answers
 *   { q: annex3.areas, includes: employment }      a multi-choice answer contains an option
 *   { q: annex3.areas, includesAny: [a, b] }       ... contains any of them
 *   { fact: org.public-body }                      a derived fact holds
 *   { rule: hr-6-2 }                               a rule applies (rules, roles, obligations only)
 *   { tier: high }                                 the headline outcome (roles, obligations only)
 *   { role: deployer }                             the organisation holds a role (obligations only)
 *   { all: [...] }  { any: [...] }  { not: {...} }
 */
import { z } from 'zod';

const Ref = z.string().min(1);

export type Condition =
  | { q: string; is: string }
  | { q: string; isOneOf: string[] }
  | { q: string; includes: string }
  | { q: string; includesAny: string[] }
  | { fact: string }
  | { rule: string }
  | { tier: string }
  | { role: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

const forms: Record<string, z.ZodType> = {
  is: z.strictObject({ q: Ref, is: Ref }),
  isOneOf: z.strictObject({ q: Ref, isOneOf: z.array(Ref).min(1) }),
  includes: z.strictObject({ q: Ref, includes: Ref }),
  includesAny: z.strictObject({ q: Ref, includesAny: z.array(Ref).min(1) }),
  fact: z.strictObject({ fact: Ref }),
  rule: z.strictObject({ rule: Ref }),
  tier: z.strictObject({ tier: Ref }),
  role: z.strictObject({ role: Ref }),
  all: z.strictObject({ all: z.array(z.lazy(() => Condition)).min(1) }),
  any: z.strictObject({ any: z.array(z.lazy(() => Condition)).min(1) }),
  not: z.strictObject({ not: z.lazy(() => Condition) }),
};

const operators = Object.keys(forms);

/**
 * Picks the form by its operator key so that a mistake gets one precise message
 * ("unknown operator 'inclues'") rather than a list of every form that did not match.
 */
export const Condition: z.ZodType<Condition> = z.unknown().superRefine((value, ctx) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    ctx.addIssue({ code: 'custom', message: 'a condition must be a map such as { q: <question id>, is: <answer> }' });
    return;
  }
  const op = operators.find((key) => key in value);
  if (!op) {
    const keys = Object.keys(value).join(', ') || 'nothing';
    ctx.addIssue({ code: 'custom', message: `unknown condition (keys: ${keys}); use one of: ${operators.join(', ')}` });
    return;
  }
  const result = forms[op]!.safeParse(value);
  if (!result.success) {
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    }
  }
}) as unknown as z.ZodType<Condition>;
