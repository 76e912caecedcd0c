/**
 * "What would change this result": for each answer that decided the outcome or
 * was "I don't know", try the other answers and report those that give another
 * outcome. A change that opens further questions reports tier null.
 *
 * Each alternative is judged incrementally: the route is walked again only when
 * a showIf or a stop rule reads the changed question, and only the facts and
 * rules that read a changed answer are evaluated again; every other value is
 * taken from the evaluation of the answers as they are. The full
 * re-classification (headlineFor on the changed answers) gives the same result
 * and is the test oracle (tests/engine/what-would-change.test.ts).
 */
import type { Questionnaire } from '../questionnaire/schema.ts';
import type { Answers, AnswerValue } from './answers.ts';
import { answerProblem, optionLabels, UNKNOWN } from './answers.ts';
import type { Change } from './assessment.ts';
import { tierHeadline, type CoreResult } from './classify.ts';
import { compile, type Compiled } from './compile.ts';
import { dependents, type Dependents } from './dependents.ts';
import { Evaluator, type Headline } from './evaluate.ts';
import { route } from './journey.ts';

/** The other answers tried for a question: each other option, or a multi answer without one chosen option, or with a "none" option instead. */
export function alternatives(options: readonly { value: string; exclusive?: boolean }[], type: 'single' | 'multi', current: AnswerValue): AnswerValue[] {
  if (type === 'single') return options.filter((o) => o.value !== current).map((o) => o.value);
  const now = Array.isArray(current) ? current : [current];
  const out: AnswerValue[] = [];
  // Without each chosen option, or with a "none" answer instead.
  for (const v of now) {
    const rest = now.filter((x) => x !== v && x !== UNKNOWN);
    if (rest.length > 0) out.push(rest);
  }
  for (const o of options) if (o.exclusive && !now.includes(o.value)) out.push([o.value]);
  return out;
}

/** The headline and whether the questions are done, for the answers with one changed. */
export type HeadlineAfter = (questionId: string, value: AnswerValue) => Headline & { complete: boolean };

interface Dirty {
  dirtyFacts: Uint8Array;
  dirtyRules: Uint8Array;
}

/** What walkOn marks: the facts and rules to evaluate again, and the positions whose answer changed. */
interface Scratch extends Dirty {
  changed: Uint8Array;
}

/**
 * Marks the facts and rules that read any of the changed questions (or the
 * outcome) as to be evaluated again, in `into` (cleared first) or new arrays.
 */
function dirtyFor(compiled: Compiled, changed: Iterable<string>, into?: Dirty): Dirty {
  const index = dependents(compiled);
  const always = index.fromPosition(compiled.questionnaire.questions.length);
  const dirty = into ?? { dirtyFacts: new Uint8Array(compiled.factList.length), dirtyRules: new Uint8Array(compiled.ruleList.length) };
  dirty.dirtyFacts.set(always.dirtyFacts);
  dirty.dirtyRules.set(always.dirtyRules);
  for (const id of changed) markReaders(index, id, dirty);
  return dirty;
}

function markReaders(index: Dependents, questionId: string, dirty: Dirty): void {
  const r = index.readers(questionId);
  for (const k of r.facts) dirty.dirtyFacts[k] = 1;
  for (const k of r.rules) dirty.dirtyRules[k] = 1;
}

/**
 * The route after the answer at `position` changed, walked on from there as
 * route() (journey.ts) walks it, when the questionnaire's route conditions read
 * only earlier questions: one evaluator then serves every step. It reads the
 * answers as they are with the one changed; an answer whose question leaves
 * the route is taken away as the walk meets it, and the answers after the
 * point where the walk ends are taken away at the end. Each fact and rule that
 * reads none of the changed answers is taken from `base`: a condition the walk
 * reads at a question reads only earlier ones, whose changes are known by then.
 * `dirty` is filled here (its arrays are reused from one change to the next).
 */
function walkOn(compiled: Compiled, base: Evaluator, baseVisible: (i: number) => boolean, relevant: Answers, position: number, id: string, value: AnswerValue, dirty: Scratch) {
  const questions = compiled.questionnaire.questions;
  const index = dependents(compiled);
  const { showIfReads, stopsByAfter } = index;
  // The answers that differ from `relevant` (undefined: taken away): a showIf that reads none of them is as it was.
  const changes = new Map<string, AnswerValue | undefined>([[id, value]]);
  dirtyFor(compiled, [id], dirty);
  const changed = dirty.changed.fill(0);
  changed[position] = 1;
  const evaluator = new Evaluator(compiled, relevant, { evaluator: base, dirtyFacts: dirty.dirtyFacts, dirtyRules: dirty.dirtyRules }, changes);
  // Stop rules that read only questions before `position` were checked on the way here and did not stop.
  // A stop rule reads only questions up to its `after`, so once the walk is past it, it holds or not for good: each is read once.
  let nextStop = 0;
  while (nextStop < stopsByAfter.length && stopsByAfter[nextStop]!.after < position) nextStop++;
  let added = true;
  let end = questions.length;
  let complete = true;
  for (let i = position + 1; i < questions.length; i++) {
    const question = questions[i]!;
    if (question.showIf) {
      let same = true;
      for (const k of showIfReads[i]!) if (k < 0 || changed[k]) same = false;
      const visible = same ? baseVisible(i) : evaluator.condition(question.showIf).v !== 'F';
      if (!visible) {
        takeAway(index, relevant, changes, dirty, question.id, i);
        continue;
      }
    }
    if (added) {
      added = false;
      let stopped = false;
      for (; !stopped && nextStop < stopsByAfter.length && stopsByAfter[nextStop]!.after < i; nextStop++) stopped = evaluator.ruleAt(stopsByAfter[nextStop]!.index).v === 'T';
      if (stopped) {
        end = i;
        break;
      }
    }
    // An answer in `relevant` fits its question; a question without one is where the user would go on.
    if (relevant[question.id] === undefined) {
      end = i;
      complete = false;
      break;
    }
    added = true;
  }
  for (let i = end; i < questions.length; i++) takeAway(index, relevant, changes, dirty, questions[i]!.id, i);
  return { evaluator, complete };
}

/** Takes an answer off the route walked on: what reads it is evaluated again. */
function takeAway(index: Dependents, relevant: Answers, changes: Map<string, AnswerValue | undefined>, dirty: Scratch, questionId: string, position: number): void {
  if (relevant[questionId] === undefined || dirty.changed[position]) return;
  changes.set(questionId, undefined);
  dirty.changed[position] = 1;
  markReaders(index, questionId, dirty);
}

const headlineAfter = (h: Headline, complete: boolean) => ({ tier: h.tier, provisional: h.provisional, complete });

/** Judges changed answers against the evaluation of `relevant` (the answers of a complete route). */
export function incrementalHeadlines(questionnaire: Questionnaire, relevant: Answers, evaluated?: Evaluator): HeadlineAfter {
  const compiled = compile(questionnaire);
  // The evaluation of the assessment itself serves as it is: what reads the outcome is never taken from it.
  const base = evaluated && evaluated.compiled === compiled && evaluated.answers === relevant ? evaluated : new Evaluator(compiled, relevant);
  const index = dependents(compiled);
  const visibleMemo: (boolean | undefined)[] = [];
  const baseVisible = (i: number) => (visibleMemo[i] ??= base.condition(compiled.questionnaire.questions[i]!.showIf!).v !== 'F');
  // Each change is judged before the next: they share these arrays.
  const scratch: Scratch = {
    dirtyFacts: new Uint8Array(compiled.factList.length),
    dirtyRules: new Uint8Array(compiled.ruleList.length),
    changed: new Uint8Array(compiled.questionnaire.questions.length),
  };
  return (id, value) => {
    const question = compiled.questions.get(id);
    const position = compiled.position.get(id);
    if (!question || position === undefined || answerProblem(question, value) !== null) {
      const r = route(questionnaire, { ...relevant, [id]: value });
      return headlineAfter(tierHeadline(compiled, new Evaluator(compiled, r.relevant)), r.current === null);
    }
    if (!index.steersRoute(id)) {
      const dirty = dirtyFor(compiled, [id], scratch);
      const evaluator = new Evaluator(compiled, relevant, { evaluator: base, dirtyFacts: dirty.dirtyFacts, dirtyRules: dirty.dirtyRules }, new Map([[id, value]]));
      return headlineAfter(tierHeadline(compiled, evaluator), true);
    }
    if (index.routeReadsEarlier) {
      const { evaluator, complete } = walkOn(compiled, base, baseVisible, relevant, position, id, value, scratch);
      return headlineAfter(tierHeadline(compiled, evaluator), complete);
    }
    const r = route(questionnaire, { ...relevant, [id]: value });
    const changed = [id, ...Object.keys(relevant).filter((k) => !(k in r.relevant))];
    const evaluator = new Evaluator(compiled, r.relevant, { evaluator: base, ...dirtyFor(compiled, changed) });
    return headlineAfter(tierHeadline(compiled, evaluator), r.current === null);
  };
}

/** The changes, each alternative judged by `after`. */
export function whatWouldChangeWith(questionnaire: Questionnaire, core: CoreResult, after: HeadlineAfter): Change[] {
  const { assessment, relevant } = core;
  if (!assessment.complete) return [];
  const compiled = compile(questionnaire);
  const ids = new Set<string>([
    ...assessment.outcome.decidedBy.flatMap((h) => h.because.map((b) => b.questionId)),
    ...assessment.uncertainties.map((u) => u.questionId),
  ]);
  const changes: Change[] = [];
  for (const id of ids) {
    const question = compiled.questions.get(id);
    const current = relevant[id];
    if (!question || current === undefined || (question.type !== 'single' && question.type !== 'multi')) continue;
    for (const alt of alternatives(question.options, question.type, current)) {
      const other = after(id, alt);
      const tier = other.complete ? other.tier : null;
      if (tier === assessment.outcome.tier && other.provisional === assessment.outcome.provisional) continue;
      changes.push({
        questionId: id,
        question: question.text,
        ifAnswer: optionLabels(question, alt, questionnaire.unknownLabel),
        tier,
        title: tier ? questionnaire.outcomes.find((o) => o.tier === tier)!.title : null,
        provisional: other.provisional,
        confirms: tier === assessment.outcome.tier && !other.provisional,
      });
    }
  }
  return changes;
}

export function whatWouldChange(questionnaire: Questionnaire, core: CoreResult): Change[] {
  if (!core.assessment.complete) return [];
  return whatWouldChangeWith(questionnaire, core, incrementalHeadlines(questionnaire, core.relevant, core.evaluator));
}
