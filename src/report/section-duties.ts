/** Documentation (Annex IV for providers, supplier documents for deployers), transparency and GPAI duties, good practice. */
import type { GuidanceHit } from '../engine/assessment.ts';
import type { Block, Part, ReportSection } from './report-model.ts';
import type { ReportInput } from './report-input.ts';
import { GOOD_PRACTICE, SUPPLIER_DOCUMENTS, TRACK_GROUPS } from './report-anchors.ts';
import { itemsShownIn, obligationBlocks } from './section-obligations.ts';

function guidanceItem(input: ReportInput, g: GuidanceHit): Part[] {
  return [{ text: g.title, bold: true }, { text: g.summary }, ...(g.cites.length > 0 ? [{ text: input.cites(g.cites), muted: true }] : [])];
}

export function documentationSection(input: ReportInput): ReportSection | null {
  const { assessment, t } = input;
  const techDoc = assessment.obligations.filter((o) => itemsShownIn(o) === 'documentation');
  const supplier = assessment.guidance.filter((g) => g.group === SUPPLIER_DOCUMENTS);
  if (techDoc.length === 0 && supplier.length === 0) return null;
  const blocks: Block[] = [];
  if (techDoc.length > 0) {
    blocks.push({ type: 'subheading', text: t.documentation.provider });
    for (const o of techDoc) blocks.push(...obligationBlocks(input, o));
  }
  if (supplier.length > 0) {
    blocks.push({ type: 'subheading', text: t.documentation.deployer });
    blocks.push({ type: 'paragraph', text: t.documentation.deployerIntro, muted: true, keepWithNext: true });
    blocks.push({ type: 'checklist', items: supplier.map((g) => guidanceItem(input, g)) });
  }
  return { id: 'documentation', title: t.sections.documentation, blocks };
}

export function transparencyGpaiSection(input: ReportInput): ReportSection | null {
  const { assessment, t } = input;
  const tracks = [...assessment.tracks.transparency, ...assessment.tracks.gpai];
  const duties = assessment.obligations.filter((o) => TRACK_GROUPS(o.group));
  if (tracks.length === 0 && duties.length === 0) return null;
  const blocks: Block[] = [];
  if (tracks.length > 0) {
    blocks.push({ type: 'subheading', text: t.transparency.tracks });
    blocks.push({ type: 'bullets', items: tracks.map((h) => [{ text: h.title, bold: true }, { text: h.summary }, { text: input.cites(h.cites), muted: true }]) });
  }
  if (duties.length > 0) {
    blocks.push({ type: 'subheading', text: t.transparency.duties });
    for (const o of duties) blocks.push(...obligationBlocks(input, o));
  }
  return { id: 'transparency-gpai', title: t.sections.transparencyGpai, blocks };
}

export function goodPracticeSection(input: ReportInput): ReportSection | null {
  const { assessment, t } = input;
  const list = assessment.guidance.filter((g) => g.group === GOOD_PRACTICE);
  if (list.length === 0) return null;
  return {
    id: 'good-practice',
    title: t.sections.goodPractice,
    blocks: [{ type: 'paragraph', text: t.goodPractice.intro, muted: true, keepWithNext: true }, { type: 'bullets', items: list.map((g) => guidanceItem(input, g)) }],
  };
}
