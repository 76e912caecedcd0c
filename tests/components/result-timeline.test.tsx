// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { ResultStep } from '../../src/steps/result/result-step.tsx';
import { caseAnswers, euAiAct } from '../engine/load.ts';

afterEach(cleanup);
const questionnaire = euAiAct();

function renderCase(answers: ReturnType<typeof caseAnswers>) {
  const assessment = assess(questionnaire, answers);
  render(<ResultStep assessment={assessment} disclaimer="" systemName={null} asOf="2026-12-01" onPdf={() => Promise.resolve()} onStartAgain={() => undefined} detailsCount={0} />);
  return assessment;
}

describe('the result timeline on the real questionnaire', () => {
  it('shows a few duties per date and the rest behind "show all", each duty once', async () => {
    const assessment = renderCase(caseAnswers(questionnaire, 'p01-school-admission'));
    const group = screen.getByRole('region', { name: 'From 2 December 2027 in 366 days' });
    const all = assessment.obligations.filter((o) => o.appliesFrom.date === '2027-12-02');
    const more = within(group).getByText(`Show all ${all.length}`);
    const details = more.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    const shown = [...group.querySelectorAll('li')].filter((li) => !details.contains(li));
    expect(shown).toHaveLength(3);
    await userEvent.setup().click(more);
    expect(details).toHaveAttribute('open');
    expect(within(group).getAllByRole('link').map((l) => l.textContent).sort()).toEqual(all.map((o) => o.title).sort());
    // The duties section lists each duty of the Assessment exactly once.
    const duties = screen.getByRole('region', { name: 'What must be done, and by whom' });
    expect([...duties.querySelectorAll('[id^="duty-"]')].map((e) => e.id).sort()).toEqual(assessment.obligations.map((o) => `duty-${o.id}`).sort());
  });

  it('lists each open point of a result with several "I don\'t know" answers once, and drops the repeated sentence', () => {
    const p01 = caseAnswers(questionnaire, 'p01-school-admission');
    const answers = { ...p01, 'org.type': 'unknown', 'ai.infers': 'unknown', 'annex3.education': ['unknown'], 'vc.rebrand': 'unknown', 'tr.interacts': 'unknown', 'tr.deepfake': 'unknown' };
    const assessment = renderCase(answers);
    expect(assessment.uncertainties).toHaveLength(6);
    const findOut = screen.getByRole('region', { name: 'What to find out' });
    const points = [...findOut.querySelectorAll('.open-point')];
    expect(points.map((p) => p.getAttribute('data-question'))).toEqual(assessment.uncertainties.map((u) => u.questionId));
    const text = document.body.textContent!;
    for (const u of assessment.uncertainties) expect(text.split(u.findOut)).toHaveLength(2);
    expect(within(points[1] as HTMLElement).getByText('Who can answer this:').closest('p')).toHaveTextContent('Who can answer this: the supplier or developer');
    expect(points[1]).toHaveTextContent('If the answer is “It only applies rules, formulas or queries that people wrote”, the result would be: Not an AI system.');
    expect(text).not.toContain('depends on the points under');
    expect(screen.getAllByText('Some of these depend on what you find out.').length).toBeLessThanOrEqual(screen.getAllByRole('region', { name: /^(Already applies|From )/ }).length);
  });
});
