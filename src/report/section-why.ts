/** Why this result: each rule that applied, the answers behind it and its articles; then what would change it. */
import type { RuleHit } from '../engine/assessment.ts';
import type { Block, ReportSection } from './report-model.ts';
import { dateText, type ReportInput } from './report-input.ts';
import { pathBlocks } from './section-path.ts';

function ruleBlocks(input: ReportInput, rule: RuleHit): Block[] {
  const { t } = input;
  const blocks: Block[] = [{ type: 'paragraph', text: rule.title, bold: true }, { type: 'paragraph', text: rule.summary }];
  if (rule.because.length > 0) {
    blocks.push({ type: 'paragraph', text: t.why.because, muted: true });
    blocks.push({
      type: 'bullets',
      items: rule.because.map((b) => [
        { text: b.question, muted: true },
        { text: b.answer.join('; ') + (b.cites.length > 0 ? ` (${input.cites(b.cites)})` : ''), bold: true },
      ]),
    });
  }
  blocks.push({
    type: 'facts',
    rows: [
      { label: t.why.articles, value: input.cites(rule.cites) },
      { label: t.why.appliesFrom, value: dateText(input, rule.appliesFrom) },
    ],
  });
  if (!rule.certain) blocks.push({ type: 'paragraph', text: t.why.uncertain, muted: true });
  return blocks;
}

function changeBlocks(input: ReportInput): Block[] {
  const { assessment, t } = input;
  if (assessment.whatWouldChange.length === 0) return [];
  return [
    { type: 'subheading', text: t.why.change },
    { type: 'paragraph', text: t.why.changeIntro },
    {
      type: 'bullets',
      items: assessment.whatWouldChange.map((c) => [
        { text: t.why.ifAnswer(c.question, c.ifAnswer.join('; ')) },
        { text: c.title === null ? t.why.undecided : `${c.title}${c.provisional ? t.why.provisional : c.confirms ? t.why.confirmed : ''}`, bold: true },
      ]),
    },
  ];
}

export function whySection(input: ReportInput): ReportSection {
  const { assessment, t } = input;
  const decisive = new Set(assessment.outcome.decidedBy.map((r) => r.id));
  const others = assessment.rules.filter((r) => !decisive.has(r.id));
  const blocks: Block[] = [];
  if (assessment.routes.length > 0) blocks.push({ type: 'facts', rows: [{ label: t.why.route, value: input.cites(assessment.routes) }] });
  if (assessment.rules.length === 0) blocks.push({ type: 'paragraph', text: t.why.noRules });
  else blocks.push({ type: 'paragraph', text: t.why.intro, muted: true, keepWithNext: true });
  if (decisive.size > 0) {
    blocks.push({ type: 'subheading', text: t.why.decisive });
    blocks.push(...assessment.outcome.decidedBy.flatMap((r) => ruleBlocks(input, r)));
  }
  if (others.length > 0) {
    blocks.push({ type: 'subheading', text: t.why.tracksAndRoles });
    blocks.push(...others.flatMap((r) => ruleBlocks(input, r)));
  }
  blocks.push(...pathBlocks(input));
  blocks.push(...changeBlocks(input));
  return { id: 'why', title: t.sections.why, blocks };
}
