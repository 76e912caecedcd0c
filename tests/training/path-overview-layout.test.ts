import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaireFolder } from '../../src/questionnaire/load-files.ts';
import { walkAnswers, walkExample } from '../../src/training/case-walk.ts';
import { layoutOverview, type OverviewLayout } from '../../src/training/path-overview-layout.ts';

const root = resolve(import.meta.dirname, '../..');
const loaded = loadQuestionnaireFolder(resolve(root, 'questionnaires/eu-ai-act'), root);
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const q = loaded.questionnaire;
const status = (asked: number, total: number) => (asked === 0 ? 'not needed' : `${asked} of ${total} asked`);
/** A 1920 × 1080 screen: 16 px either side, and what the app's header, the page's top rows and its foot leave of the height. */
const SCREEN_1920 = { width: 1888, height: 1080 - 335 - 126 };

type Rect = { x: number; y: number; width: number; height: number };
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Rect, b: Rect) => a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width + 1e-6 && a.y + a.height <= b.y + b.height + 1e-6;

function overlaps(layout: OverviewLayout): string[] {
  const found: string[] = [];
  const all = layout.sections;
  for (const [i, a] of all.entries()) {
    for (const b of all.slice(i + 1)) if (overlap(a, b)) found.push(`${a.id} / ${b.id}`);
    for (const box of a.boxes) if (!inside(box, { ...a, y: a.y + a.headerHeight, height: a.height - a.headerHeight })) found.push(`${box.id} outside ${a.id}`);
    for (const [k, box] of a.boxes.entries()) for (const other of a.boxes.slice(k + 1)) if (overlap(box, other)) found.push(`${box.id} / ${other.id}`);
    if (!inside(a, { x: 0, y: 0, width: layout.width, height: layout.height })) found.push(`${a.id} outside the overview`);
  }
  return found;
}

describe('the decision path on one screen', () => {
  it('shows every section once, in route order, each with all its questions once', () => {
    const layout = layoutOverview(q, walkExample(q, q.examples[0]!), SCREEN_1920, status);
    const sections = q.sections.filter((s) => q.questions.some((x) => x.section === s.id));
    expect(layout.sections.map((s) => s.id)).toEqual(sections.map((s) => s.id));
    expect(layout.sections.map((s) => s.position)).toEqual(sections.map((_, i) => i + 1));
    for (const s of layout.sections) expect(s.boxes.map((b) => b.id)).toEqual(q.questions.filter((x) => x.section === s.id).map((x) => x.id));
    const numbers = layout.sections.flatMap((s) => s.boxes.map((b) => b.number));
    expect([...numbers].sort((a, b) => a - b)).toEqual(q.questions.map((_, i) => i + 1));
  });

  it.each(q.examples.map((e) => [e.id, e] as const))('%s: the highlighted questions are the engine’s route, marked where it was decided', (_id, example) => {
    const walk = walkExample(q, example);
    const layout = layoutOverview(q, walk, SCREEN_1920, status);
    const boxes = layout.sections.flatMap((s) => s.boxes);
    const asked = boxes.filter((b) => b.state === 'asked');
    expect(asked.map((b) => b.id).sort()).toEqual([...walk.route.steps].sort());
    expect(asked.map((b) => b.answer)).toEqual(asked.map((b) => walk.steps.find((s) => s.questionId === b.id)!.answer.join(', ') || '–'));
    expect(boxes.filter((b) => b.mark).map((b) => [b.id, b.mark])).toEqual([[walk.decidedAt, walk.route.stoppedBy ? 'stopped' : 'decided']]);
    for (const s of layout.sections) expect(s.asked).toBe(s.boxes.filter((b) => b.state === 'asked').length);
  });

  it.each(q.examples.map((e) => [e.id, e] as const))('%s: fits a 1920 × 1080 screen in columns, nothing overlapping', (_id, example) => {
    const layout = layoutOverview(q, walkExample(q, example), SCREEN_1920, status);
    expect(layout.fits).toBe(true);
    expect(layout.columns).toBeGreaterThan(1);
    expect(layout.height).toBeLessThanOrEqual(SCREEN_1920.height);
    expect(overlaps(layout)).toEqual([]);
    expect(layout.fontSize).toBeGreaterThanOrEqual(18);
  });

  it('a section where nothing was asked counts none and carries no answers', () => {
    const walk = walkExample(q, q.examples.find((e) => e.id === 'p11-fee-spreadsheet')!);
    const layout = layoutOverview(q, walk, SCREEN_1920, status);
    expect(layout.sections.find((s) => s.id === 'prohibited')).toMatchObject({ asked: 0, total: 12 });
    expect(layout.sections.find((s) => s.id === 'prohibited')!.boxes.every((b) => b.state === 'not-asked' && b.answer === null)).toBe(true);
  });

  it('marks the next open question of an assessment not finished', () => {
    const walk = walkAnswers(q, { 'system.name': 'Mine' });
    const boxes = layoutOverview(q, walk, SCREEN_1920, status).sections.flatMap((s) => s.boxes);
    expect(boxes.filter((b) => b.state === 'current').map((b) => b.id)).toEqual([walk.route.current]);
    expect(boxes.some((b) => b.mark)).toBe(false);
  });

  it('becomes one column (a list of sections) on a 320 px screen, and uses more columns than fit no wider screen', () => {
    const walk = walkExample(q, q.examples[0]!);
    expect(layoutOverview(q, walk, { width: 288, height: 400 }, status).columns).toBe(1);
    const wide1280 = layoutOverview(q, walk, { width: 1248, height: 340 }, status);
    expect(wide1280.fits).toBe(false);
    expect(wide1280.columns).toBe(4);
    expect(overlaps(wide1280)).toEqual([]);
  });
});
