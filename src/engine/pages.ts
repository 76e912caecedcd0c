/**
 * Pages: questions that are always asked together are shown on one page. A page
 * is a run of consecutive questions with the same `page` id (a question without
 * one is a page by itself). Only the layout changes: the route, the answers and
 * the conditions stay per question (see journey.ts).
 *
 * A page shows those of its questions that are on the route given the answers so
 * far, including answers chosen on the page itself and not yet submitted: a
 * question whose condition reads an earlier question of the same page appears as
 * soon as that answer is chosen (an unanswered question reads as no answer), and
 * the page ends where a rule that stops the questions becomes certain.
 */
import type { Answers } from './answers.ts';
import { route, walk, withSkippedOptional } from './journey.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';

export interface Page {
  /** The page id, or the question id for a page of one question. */
  id: string;
  section: string;
  /** Every question of the page, in order, whether or not it is asked. */
  questions: readonly string[];
}

const cache = new WeakMap<Questionnaire, { pages: Page[]; byQuestion: Map<string, Page> }>();

function index(q: Questionnaire) {
  const hit = cache.get(q);
  if (hit) return hit;
  const pages: Page[] = [];
  const byQuestion = new Map<string, Page>();
  for (const question of q.questions) {
    const last = pages[pages.length - 1];
    const page =
      question.page && last && last.id === question.page
        ? last
        : { id: question.page ?? question.id, section: question.section, questions: [] as string[] };
    if (page !== last) pages.push(page);
    (page.questions as string[]).push(question.id);
    byQuestion.set(question.id, page);
  }
  const built = { pages, byQuestion };
  cache.set(q, built);
  return built;
}

/** All pages of the questionnaire, in order. */
export function allPages(q: Questionnaire): readonly Page[] {
  return index(q).pages;
}

/** The page a question is on. */
export function pageOf(q: Questionnaire, questionId: string): Page | undefined {
  return index(q).byQuestion.get(questionId);
}

/** The questions of `questionId`'s page that are asked, given the answers (submitted or chosen on the page). */
export function pageQuestions(q: Questionnaire, answers: Answers, questionId: string): string[] {
  const page = pageOf(q, questionId);
  if (!page) return [];
  const { route: r, pending } = walk(q, answers, new Set(page.questions));
  const asked = new Set([...r.steps, ...pending]);
  return page.questions.filter((id) => asked.has(id));
}

/** The route as a list of questions: answered ones, then the current one. */
function routeList(q: Questionnaire, answers: Answers): string[] {
  const r = route(q, answers);
  return r.current ? [...r.steps, r.current] : r.steps;
}

/** The first question of the page that is on the route (the page's address), or null if none is. */
export function pageLead(q: Questionnaire, answers: Answers, questionId: string): string | null {
  const page = pageOf(q, questionId);
  if (!page) return null;
  const list = new Set(routeList(q, answers));
  return page.questions.find((id) => list.has(id)) ?? null;
}

/** The first question on the route after `questionId`'s page, or null when the route ends there. */
export function nextPageLead(q: Questionnaire, answers: Answers, questionId: string): string | null {
  const page = pageOf(q, questionId);
  if (!page) return null;
  const members = new Set(page.questions);
  const list = routeList(q, answers);
  const last = Math.max(...page.questions.map((id) => list.indexOf(id)));
  const next = list.slice(last + 1).find((id) => !members.has(id));
  return next ?? null;
}

/** The address of the page before `questionId`'s page on the route, or null at the first page. */
export function previousPageLead(q: Questionnaire, answers: Answers, questionId: string): string | null {
  const page = pageOf(q, questionId);
  if (!page) return null;
  const members = new Set(page.questions);
  const list = routeList(q, answers);
  const first = list.findIndex((id) => members.has(id));
  if (first <= 0) return null;
  return pageLead(q, answers, list[first - 1]!);
}

/**
 * The pages the user meets, as far as the answers so far tell: the pages answered
 * on the route, and the pages ahead whose questions would be asked if no further
 * answer opened new ones. An estimate: it grows when an answer opens questions.
 */
export function expectedPages(q: Questionnaire, answers: Answers): Page[] {
  const { route: r, pending } = walk(q, answers, new Set(q.questions.map((x) => x.id)));
  const asked = new Set([...r.steps, ...pending]);
  return allPages(q).filter((page) => page.questions.some((id) => asked.has(id)));
}

const counted = new WeakMap<Questionnaire, number[]>();

/** How many pages each worked example takes, from the first question to check your answers. */
export function examplePageCounts(q: Questionnaire): number[] {
  if (q.pageCounts) return q.pageCounts;
  let counts = counted.get(q);
  if (!counts) counted.set(q, (counts = q.examples.map((x) => pagesOnRoute(q, withSkippedOptional(q, x.answers)))));
  return counts;
}

/** How long the questions usually take: the fewest, the median and the most pages of the worked examples. */
export function typicalPages(q: Questionnaire): { fewest: number; median: number; most: number } | null {
  const counts = [...examplePageCounts(q)].sort((a, b) => a - b);
  if (counts.length === 0) return null;
  return { fewest: counts[0]!, median: counts[Math.floor((counts.length - 1) / 2)]!, most: counts[counts.length - 1]! };
}

/**
 * "Page n of about m" for the page that holds `questionId`: m is the pages the
 * answers so far lead to, and no fewer than the worked examples' median while
 * the answers have not yet opened that many.
 */
export function pagePosition(q: Questionnaire, answers: Answers, questionId: string): { page: number; ofAbout: number } {
  const pages = expectedPages(q, answers);
  const here = pageOf(q, questionId);
  const at = pages.findIndex((p) => p === here);
  const page = at >= 0 ? at + 1 : pages.length + 1;
  return { page, ofAbout: Math.max(pages.length, page, typicalPages(q)?.median ?? 0) };
}

/** How many pages a complete set of answers takes from the first question to check your answers. */
export function pagesOnRoute(q: Questionnaire, answers: Answers): number {
  const ids = new Set(routeList(q, answers));
  return allPages(q).filter((page) => page.questions.some((id) => ids.has(id))).length;
}
