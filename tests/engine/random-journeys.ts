import fc from 'fast-check';
import type { Answers, AnswerValue } from '../../src/engine/answers.ts';
import { answerChoices } from '../../src/engine/paths.ts';
import { route } from '../../src/engine/journey.ts';
import type { Question, Questionnaire } from '../../src/questionnaire/schema.ts';
import { isChoice } from '../../src/questionnaire/kinds.ts';

/**
 * A random but complete journey: at each question, an answer drawn from the
 * seeds (for multi-choice, any non-empty combination that the question allows).
 */
export function journeyFrom(questionnaire: Questionnaire, seeds: number[]): Answers {
  const byId = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const answers: Record<string, AnswerValue> = {};
  for (let i = 0; ; i++) {
    const current = route(questionnaire, answers).current;
    if (current === null) return answers;
    const question = byId.get(current)!;
    const seed = seeds[i % seeds.length]! + i;
    if (question.type === 'multi') {
      const plain = question.options.filter((o) => !o.exclusive).map((o) => o.value);
      const picked = plain.filter((_, k) => (seed >> k) & 1);
      answers[current] = picked.length > 0 && seed % 5 !== 0 ? picked : (answerChoices(question)[seed % answerChoices(question).length] as string[]);
    } else {
      const choices = answerChoices(question);
      answers[current] = isChoice(question) ? choices[seed % choices.length]! : 'Some text';
    }
  }
}

export const seedsArb = fc.array(fc.nat({ max: 1 << 20 }), { minLength: 1, maxLength: 40 });

/** A seeded generator of uint32 values (mulberry32): full 32-bit spread from every seed. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/**
 * A random complete journey drawn from `next` (uint32 values): at each question
 * on the route, each answer choice (options, "I don't know", and for
 * multi-choice any allowed non-empty combination) is equally likely.
 */
export function randomJourney(questionnaire: Questionnaire, next: () => number, { avoidExits = false } = {}): Answers {
  const byId = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const answers: Record<string, AnswerValue> = {};
  const draw = (question: Question): AnswerValue => {
    const choices = answerChoices(question);
    if (!isChoice(question)) return 'Some text';
    if (question.type !== 'multi' || next() % 2 === 0) return choices[next() % choices.length]!;
    // Half the time for multi-choice: any combination of the options that may be combined.
    const plain = question.options.filter((o) => !o.exclusive).map((o) => o.value);
    const bits = next();
    const picked = plain.filter((_, k) => (bits >>> (k % 32)) & 1);
    return picked.length > 0 ? picked : [plain[next() % plain.length]!];
  };
  for (;;) {
    const current = route(questionnaire, answers).current;
    if (current === null) return answers;
    const question = byId.get(current)!;
    answers[current] = draw(question);
    // With avoidExits, an answer that ends the questions early is drawn again (a few times).
    for (let retry = 0; avoidExits && retry < 8 && route(questionnaire, answers).stoppedBy !== null; retry++) answers[current] = draw(question);
  }
}

export type Stratum = 'all' | 'in scope' | 'high-risk' | 'provisional';

/** Which strata a complete journey belongs to, by its headline. */
export function strataOf(tier: string, provisional: boolean): Stratum[] {
  const out: Stratum[] = ['all'];
  if (tier !== 'not-ai-system' && tier !== 'out-of-scope') out.push('in scope');
  if (tier === 'high') out.push('high-risk');
  if (provisional) out.push('provisional');
  return out;
}

/**
 * `perStratum` random journeys for each stratum from one seeded stream. Every
 * other draw avoids early exits (so that the rarer in-scope strata fill too);
 * "all" takes only the plain draws, so it stays a sample of random journeys.
 * A journey may count for several strata.
 */
export function stratifiedJourneys(
  questionnaire: Questionnaire,
  headline: (answers: Answers) => { tier: string; provisional: boolean },
  perStratum: number,
  seed = 20261201,
  maxDraws = perStratum * 50,
): Record<Stratum, Answers[]> {
  const next = mulberry32(seed);
  const out: Record<Stratum, Answers[]> = { all: [], 'in scope': [], 'high-risk': [], provisional: [] };
  for (let draw = 0; draw < maxDraws && Object.values(out).some((list) => list.length < perStratum); draw++) {
    const plain = draw % 2 === 0;
    const answers = randomJourney(questionnaire, next, { avoidExits: !plain });
    const h = headline(answers);
    for (const s of strataOf(h.tier, h.provisional)) if (out[s].length < perStratum && (plain || s !== 'all')) out[s].push(answers);
  }
  return out;
}

/** How many of the journeys differ (as sets of answers). */
export function distinct(journeys: readonly Answers[]): number {
  return new Set(journeys.map((a) => JSON.stringify(Object.entries(a).sort(([x], [y]) => (x < y ? -1 : 1))))).size;
}
