/**
 * The decision path as a column: one band per section, one entry per question in
 * order with its state, answer and the numbers of the questions it depends on.
 * The page's text list and the report read it; the overview shares its helpers.
 * Pure: numbers and strings, no DOM.
 */
import { questionsRead } from '../engine/compile.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import type { CaseWalk } from './case-walk.ts';

export type NodeState = 'asked' | 'not-asked' | 'current';

export interface PathNode {
  id: string;
  number: number;
  y: number;
  height: number;
  lines: string[];
  state: NodeState;
  /** "Answer: …" when asked. */
  answer: string | null;
  /** The numbers of the questions this one depends on (showIf). */
  dependsOn: number[];
  /** Marked where the outcome was decided or the questions ended. */
  mark: { kind: 'decided' | 'stopped'; text: string; lines: string[] } | null;
}

export interface PathBand {
  id: string;
  title: string;
  y: number;
  height: number;
}

export interface PathLayout {
  width: number;
  height: number;
  nodeX: number;
  nodeWidth: number;
  spineX: number;
  lineHeight: number;
  bands: PathBand[];
  nodes: PathNode[];
  /** The y of the first and last question on the route (for the route line), or null. */
  route: { y1: number; y2: number } | null;
}

export interface PathTexts {
  answer: (answer: string) => string;
  decidedHere: (outcome: string) => string;
  stoppedHere: (rule: string) => string;
  nextOpen: string;
}

const WIDTH = 1000;
const NODE_X = 180;
const SPINE_X = 955;
const NODE_WIDTH = SPINE_X - 35 - NODE_X;
const LINE = 30;
const CHARS = 58;
const BAND_HEADER = 52;
const GAP = 14;

/** Splits text into at most `max` lines of about `chars` characters, ending with … when cut. */
export function wrap(text: string, chars: number, max: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1]!.slice(0, chars - 1).trimEnd()}…`;
  return kept;
}

/** Whether the engine's route asked a question, or has it as the next open one. */
export function questionState(walk: CaseWalk | null, id: string): NodeState {
  if (walk?.route.steps.includes(id)) return 'asked';
  return walk?.route.current === id ? 'current' : 'not-asked';
}

/** The mark on the question where the walk was decided: an early stop or the outcome. */
export function markKind(walk: CaseWalk, id: string): 'decided' | 'stopped' | null {
  if (walk.decidedAt !== id) return null;
  return walk.route.stoppedBy ? 'stopped' : 'decided';
}

export function layoutPath(q: Questionnaire, walk: CaseWalk | null, texts: PathTexts): PathLayout {
  const facts = new Map(q.facts.map((f) => [f.id, f]));
  const index = new Map(q.questions.map((x, i) => [x.id, i]));
  const stepById = new Map(walk?.steps.map((s) => [s.questionId, s]) ?? []);
  const bands: PathBand[] = [];
  const nodes: PathNode[] = [];
  let y = 0;
  for (const section of q.sections) {
    const questions = q.questions.filter((x) => x.section === section.id);
    if (questions.length === 0) continue;
    const band: PathBand = { id: section.id, title: section.title, y, height: 0 };
    y += BAND_HEADER + GAP;
    for (const question of questions) {
      const number = index.get(question.id)! + 1;
      const state = questionState(walk, question.id);
      const step = stepById.get(question.id);
      const answer = state === 'asked' && step ? texts.answer(step.answer.join(', ') || '–') : state === 'current' ? texts.nextOpen : null;
      const dependsOn = question.showIf
        ? [...questionsRead(question.showIf, facts)].map((id) => index.get(id)! + 1).sort((a, b) => a - b)
        : [];
      let mark: PathNode['mark'] = null;
      if (walk && walk.decidedAt === question.id) {
        const stop = walk.route.stoppedBy ? q.rules.find((r) => r.id === walk.route.stoppedBy) : undefined;
        const text = stop ? texts.stoppedHere(stop.title) : texts.decidedHere(walk.assessment.outcome.title);
        mark = { kind: stop ? 'stopped' : 'decided', text, lines: wrap(`${stop ? '■' : '◆'} ${text}`, CHARS, 2) };
      }
      const lines = wrap(`${number}. ${question.text}`, CHARS, 3);
      const extra = (answer ? 1 : 0) + (dependsOn.length > 0 ? 1 : 0) + (mark ? mark.lines.length : 0);
      const height = (lines.length + extra) * LINE + 24;
      nodes.push({ id: question.id, number, y, height, lines, state, answer: answer ? wrap(answer, CHARS, 1)[0]! : null, dependsOn, mark });
      y += height + GAP;
    }
    band.height = y - band.y;
    bands.push(band);
    y += GAP;
  }
  const routeNodes = nodes.filter((n) => n.state !== 'not-asked');
  const route =
    routeNodes.length > 0
      ? { y1: routeNodes[0]!.y + routeNodes[0]!.height / 2, y2: routeNodes[routeNodes.length - 1]!.y + routeNodes[routeNodes.length - 1]!.height / 2 }
      : null;
  return { width: WIDTH, height: y, nodeX: NODE_X, nodeWidth: NODE_WIDTH, spineX: SPINE_X, lineHeight: LINE, bands, nodes, route };
}
