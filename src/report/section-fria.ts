/**
 * The fundamental rights impact assessment outline, where the Assessment lists
 * the FRIA obligation: its elements (the obligation's items) pre-filled from the
 * answers to questions that cite the same element, blank space elsewhere, and the
 * group's other duties (such as notifying the market surveillance authority).
 */
import type { ObligationHit } from '../engine/assessment.ts';
import type { Block, ReportSection } from './report-model.ts';
import { FRIA_GROUP } from './report-anchors.ts';
import type { ReportInput } from './report-input.ts';
import { obligationBlocks } from './section-obligations.ts';

const BLANK_LINES = 5;

/** "(c) The categories ..." → "c"; otherwise the letter by position. */
function elementLetter(item: string, index: number): string {
  return /^\s*\(([a-z])\)/.exec(item)?.[1] ?? String.fromCharCode(97 + index);
}

/** Answers to questions citing the same legal point as the obligation, ending in "(<letter>)". */
function prefill(input: ReportInput, main: ObligationHit, letter: string): { value: string; questions: string[] } | null {
  const refs = new Set(main.cites.flatMap((c) => (c.ref ? [c.ref] : [])));
  const answered = new Map(input.assessment.answers.map((a) => [a.questionId, a]));
  const found = input.questionnaire.questions.filter(
    (q) => answered.get(q.id)?.answer.join('').trim() && !answered.get(q.id)?.unknown && q.cites.some((c) => c.ref && refs.has(c.ref) && c.cite.trimEnd().endsWith(`(${letter})`)),
  );
  if (found.length === 0) return null;
  return { value: found.map((q) => answered.get(q.id)!.answer.join('; ')).join('\n\n'), questions: found.map((q) => q.text) };
}

export function friaSection(input: ReportInput): ReportSection | null {
  const { assessment, t } = input;
  const group = assessment.obligations.filter((o) => o.group === FRIA_GROUP);
  if (group.length === 0) return null;
  const main = group.find((o) => o.items?.length) ?? group[0]!;
  const blocks: Block[] = [{ type: 'paragraph', text: t.fria.intro, muted: true, keepWithNext: true }, ...obligationBlocks(input, main, false)];
  if (main.items?.length) {
    blocks.push({ type: 'subheading', text: t.fria.elements });
    main.items.forEach((item, index) => {
      const filled = prefill(input, main, elementLetter(item, index));
      blocks.push(
        filled
          ? { type: 'write-in', label: item, value: filled.value, note: filled.questions.map((q) => t.fria.fromAnswer(q)).join('; '), lines: 2 }
          : { type: 'write-in', label: item, lines: BLANK_LINES },
      );
    });
  }
  const others = group.filter((o) => o !== main);
  if (others.length > 0) {
    blocks.push({ type: 'subheading', text: t.fria.alsoRequired });
    for (const o of others) blocks.push(...obligationBlocks(input, o));
  }
  return { id: 'fria', title: t.sections.fria, blocks };
}
