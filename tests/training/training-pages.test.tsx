// @vitest-environment jsdom
import { resolve } from 'node:path';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createActor } from 'xstate';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { wizardMachine } from '../../src/machine/wizard-machine.ts';
import { loadQuestionnaireFolder } from '../../src/questionnaire/load-files.ts';
import { resetQuizSession } from '../../src/training/quiz-session.ts';
import { walkExample } from '../../src/training/case-walk.ts';

const root = resolve(import.meta.dirname, '../..');
const loaded = loadQuestionnaireFolder(resolve(root, 'questionnaires/eu-ai-act'), root);
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const questionnaire = loaded.questionnaire;

afterEach(() => {
  cleanup();
  resetQuizSession();
});

async function renderAt(hash: string, answers?: Record<string, string | string[]>) {
  window.history.replaceState(null, '', hash);
  const actor = createActor(wizardMachine, { input: { questionnaire, restored: answers ? { id: 'work', answers } : null } }).start();
  render(<App actor={actor} />);
  await screen.findByRole('main', undefined, { timeout: 10_000 });
  return actor;
}

describe('worked examples', () => {
  it('lists every example with its outcome and opens one with its answers, reasons and outcome', async () => {
    const user = userEvent.setup();
    await renderAt('#/examples');
    expect(await screen.findByRole('heading', { level: 1, name: 'Worked examples' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').filter((li) => li.classList.contains('example-card'))).toHaveLength(questionnaire.examples.length);
    await user.click(screen.getByRole('link', { name: 'Permit fee spreadsheet' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Permit fee spreadsheet' })).toBeInTheDocument();
    const outcome = screen.getByRole('region', { name: /Outcome/ });
    expect(outcome).toHaveAttribute('data-tier', 'not-ai-system');
    expect(within(outcome).getByText(/infers nothing, so it is not an AI system/)).toBeInTheDocument();
    const infers = screen.getByRole('heading', { level: 3, name: /How does the system produce its outputs/ }).closest('li')!;
    expect(within(infers).getByText(/It only applies rules/)).toBeInTheDocument();
    expect(within(infers).getByText('Why we ask:')).toBeInTheDocument();
  });

  it('asks before the example replaces the work in progress, then opens it in the wizard', async () => {
    const user = userEvent.setup();
    const actor = await renderAt('#/examples/p03-tax-chatbot', { 'system.name': 'Mine' });
    await user.click(await screen.findByRole('button', { name: 'Start the wizard from this example' }));
    expect(screen.getByRole('heading', { name: 'Replace your current answers?' })).toHaveFocus();
    expect(actor.getSnapshot().context.work.answers['system.name']).toBe('Mine');
    await user.click(screen.getByRole('button', { name: 'Yes, start from this example' }));
    expect(actor.getSnapshot().context.work.answers['system.name']).toBe('Tax deadline chatbot');
    expect(actor.getSnapshot().hasTag('check')).toBe(true);
  });
});

describe('quiz', () => {
  it('takes a guess, walks the answers and scores the case', async () => {
    const user = userEvent.setup();
    await renderAt('#/quiz');
    expect(await screen.findByText('Score: no cases answered yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Walk through the answers' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Select the risk tier you expect');
    await user.click(screen.getByRole('radio', { name: 'Minimal risk' }));
    await user.click(screen.getByRole('button', { name: 'Walk through the answers' }));
    expect(screen.getByRole('heading', { name: /^Question 1 of \d+$/ })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { name: /^Question 2 of/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skip to the result' }));
    expect(screen.getByRole('heading', { name: /Not quite/ })).toBeInTheDocument();
    expect(screen.getByText('You expected Minimal risk. The result is High risk.')).toBeInTheDocument();
    expect(screen.getByText(/Annex III 3\(a\)/, { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByText('Score: 0 of 1 case right')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next case' }));
    expect(screen.getByRole('heading', { name: /^Case 2 of \d+: Shift allocation/ })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'High risk' }));
    await user.click(screen.getByRole('button', { name: 'Walk through the answers' }));
    await user.click(screen.getByRole('button', { name: 'Skip to the result' }));
    expect(screen.getByText('Score: 1 of 2 cases right')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset score' }));
    expect(screen.getByText('Score: no cases answered yet')).toBeInTheDocument();
  });

  it('lets the trainer pick a case, marking the cases answered', async () => {
    const user = userEvent.setup();
    await renderAt('#/quiz');
    await screen.findByText('Score: no cases answered yet');
    await user.click(screen.getByRole('radio', { name: 'High risk' }));
    await user.click(screen.getByRole('button', { name: 'Walk through the answers' }));
    await user.click(screen.getByRole('button', { name: 'Skip to the result' }));
    await user.click(screen.getByRole('button', { name: 'Next case' }));
    const picker = screen.getByRole('combobox', { name: 'Choose a case' });
    expect(within(picker).getByRole('option', { name: 'School place allocation (answered)' })).toBeInTheDocument();
    await user.selectOptions(picker, 'p10-national-security');
    await user.click(screen.getByRole('button', { name: 'Show this case' }));
    expect(screen.getByRole('heading', { name: /^Case 10 of \d+: / })).toBeInTheDocument();
    expect(screen.getByText('Score: 1 of 1 case right')).toBeInTheDocument();
  });
});

describe('glossary', () => {
  it('lists every term with its definition and citation', async () => {
    await renderAt('#/glossary/deployer');
    expect(await screen.findByRole('heading', { level: 1, name: 'Glossary' })).toBeInTheDocument();
    expect(screen.getAllByRole('term')).toHaveLength(questionnaire.glossary.length);
    const deployer = questionnaire.glossary.find((t) => t.id === 'deployer')!;
    const entry = screen.getByText(deployer.term, { selector: 'dt' });
    expect(entry).toHaveFocus();
    expect(entry.nextElementSibling).toHaveTextContent(deployer.definition);
    expect(entry.nextElementSibling).toHaveTextContent(`In the law: ${deployer.cites.map((c) => c.cite).join('; ')}`);
  });

  it('on a question page, a term used in the question opens its definition below it', async () => {
    const user = userEvent.setup();
    await renderAt('#/');
    await user.click(screen.getByRole('button', { name: 'Start a new assessment' }));
    // The glossary arrives with the questionnaire's second part, loaded on demand.
    const term = (await screen.findAllByRole('button', { name: 'AI system' }, { timeout: 10_000 }))[0]!;
    expect(term).toHaveAttribute('aria-expanded', 'false');
    const definition = document.getElementById(term.getAttribute('aria-controls')!)!;
    expect(definition).not.toBeVisible();
    term.focus();
    await user.keyboard('{Enter}');
    expect(term).toHaveAttribute('aria-expanded', 'true');
    expect(definition).toBeVisible();
    expect(definition).toHaveTextContent(/Art 3\(1\)/);
    const link = within(definition).getByRole('link', { name: /^“AI system” in the glossary \(opens in a new tab/ });
    expect(link).toHaveAttribute('href', '#/glossary/ai-system');
    expect(link).toHaveAttribute('target', '_blank');
    expect(screen.getByRole('heading', { level: 1 })).toHaveAccessibleName('About the system');
    await user.click(term);
    expect(definition).not.toBeVisible();
    expect(window.location.hash).toBe('#/q/system.name');
  });
});

describe('decision path', () => {
  it('shows every section, zooms into one by keyboard with full texts and answers, and returns focus on the way back', async () => {
    const user = userEvent.setup();
    await renderAt('#/path/p01-school-admission');
    const overview = await screen.findByRole('list', { name: 'All sections of the questionnaire' });
    const sections = questionnaire.sections.filter((s) => questionnaire.questions.some((x) => x.section === s.id));
    expect(within(overview).getAllByRole('heading', { level: 3 })).toHaveLength(sections.length);
    // The number of the question where the engine decided, counted in the questionnaire's order.
    const decidedAt = walkExample(questionnaire, questionnaire.examples.find((e) => e.id === 'p01-school-admission')!).decidedAt;
    const number = questionnaire.questions.findIndex((x) => x.id === decidedAt) + 1;
    expect(number).toBeGreaterThan(0);
    expect(screen.getByText(`Outcome: High risk, decided at question ${number}`)).toBeInTheDocument();
    const useCases = questionnaire.questions.filter((x) => x.section === 'use-cases').length;
    const zoom = within(overview).getByRole('button', { name: new RegExp(`^High-risk uses 2 of ${useCases} asked`) });
    zoom.focus();
    await user.keyboard('{Enter}');
    expect(window.location.hash).toBe('#/path/p01-school-admission/zoom/use-cases');
    const heading = await screen.findByRole('heading', { name: 'Section 8 of 13: High-risk uses' });
    expect(heading).toHaveFocus();
    const detail = heading.closest('section')!;
    const areas = within(detail).getByText(/In which of these areas is the system used\?/).closest('li')!;
    expect(areas).toHaveTextContent('Asked');
    expect(areas).toHaveTextContent('Answer: Education and vocational training');
    const biometric = within(detail).getByText(/Which biometric uses apply\?/).closest('li')!;
    expect(biometric).toHaveTextContent('Not asked');
    await user.click(within(detail).getByRole('button', { name: 'Back to the overview' }));
    expect(window.location.hash).toBe('#/path/p01-school-admission');
    const back = await screen.findByRole('button', { name: new RegExp(`^High-risk uses 2 of ${useCases} asked`) });
    await waitFor(() => expect(back).toHaveFocus());
  });

  it('keeps a zoomed section on reload, and says so when the address names no section', async () => {
    await renderAt('#/path/zoom/nowhere');
    expect(await screen.findByText('The questionnaire has no section “nowhere”. Here is the overview of every section.')).toBeInTheDocument();
    cleanup();
    await renderAt('#/path/p11-fee-spreadsheet/zoom/definition');
    const heading = await screen.findByRole('heading', { name: 'Section 2 of 13: Is it an AI system?' });
    expect(within(heading.closest('section')!).getByText('Questions end here: Not an AI system')).toBeInTheDocument();
  });
});
