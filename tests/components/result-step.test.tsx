// @vitest-environment jsdom
import { cleanup, configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderWizard } from '../../src/testing/render-wizard.tsx';
import { smallAnswers } from '../../src/testing/fixture-answers.ts';

afterEach(cleanup);
// Pages load on demand, which takes a while on a busy machine.
configure({ asyncUtilTimeout: 5000 });
// The page loads on demand; load it once up front so the first test does not wait for it.
beforeAll(() => import('../../src/app/pages/result-page.tsx'), 30_000);

const details = { assessmentDate: '2026-12-01' };

describe('result page', () => {
  it('puts the outcome, roles, legal route and dated timeline first, with the PDF as the main action', async () => {
    await renderWizard({ answers: smallAnswers.high, at: { kind: 'result' }, details });
    const main = screen.getByRole('main');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Risk tier: ▲High risk');
    const facts = main.querySelector('.outcome__facts')!;
    expect(facts).toHaveTextContent('Your roleDeployer');
    expect(facts).toHaveTextContent('Legal routeHigh-risk use (Annex III 3).');
    const headings = within(main).getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings[0]).toBe('What to do next');
    const next = screen.getByRole('region', { name: 'What to do next' });
    expect(within(next).getByText('Counted from the assessment date, 1 December 2026.')).toBeInTheDocument();
    const applies = within(next).getByRole('region', { name: 'Already applies' });
    expect(applies).toHaveTextContent('AI literacy Deployer · applies since 2 February 2025');
    const later = within(next).getByRole('region', { name: 'From 2 December 2027 in 366 days' });
    expect(later).toHaveTextContent('Human oversight Deployer');
    const buttons = within(main).getAllByRole('button');
    expect(buttons[0]).toHaveAccessibleName('Download PDF report');
    expect(buttons[0]).not.toHaveClass('button--secondary');
    expect(screen.getByRole('button', { name: 'Download the assessment file' })).toHaveClass('button--secondary');
  });

  it('counts the days from the assessment date in the report details', async () => {
    await renderWizard({ answers: smallAnswers.high, at: { kind: 'result' }, details: { assessmentDate: '2027-12-01' } });
    expect(screen.getByRole('region', { name: 'From 2 December 2027 in 1 day' })).toBeInTheDocument();
    cleanup();
    await renderWizard({ answers: smallAnswers.high, at: { kind: 'result' }, details: { assessmentDate: '2028-01-10' } });
    const next = screen.getByRole('region', { name: 'What to do next' });
    expect(within(next).getByRole('region', { name: 'Already applies' })).toHaveTextContent('Human oversight Deployer · applies since 2 December 2027');
    expect(within(next).queryByRole('region', { name: /^From / })).not.toBeInTheDocument();
  });

  it('links the contents to each section below the summary', async () => {
    await renderWizard({ answers: smallAnswers.provisionalHigh, at: { kind: 'result' }, details });
    const contents = screen.getByRole('navigation', { name: 'On this page' });
    const links = within(contents).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['What to find out', 'Why', 'What must be done, and by whom', 'What would change this result', 'Which law this reflects']);
    for (const link of links) expect(document.getElementById(link.getAttribute('href')!.slice(1))).not.toBeNull();
    await userEvent.setup().click(links[0]!);
    expect(window.location.hash).toBe('#/result');
    expect(document.activeElement).toHaveAttribute('id', 'find-out');
  });

  it('says a provisional result is provisional in the summary, and what to find out comes before the duties', async () => {
    await renderWizard({ answers: smallAnswers.provisionalHigh, at: { kind: 'result' }, details });
    expect(document.querySelector('[data-provisional]')).toHaveAttribute('data-provisional', 'true');
    const flag = screen.getByRole('heading', { level: 2, name: 'This result is provisional.' }).parentElement!;
    expect(flag).toHaveTextContent('This result is provisional. It rests on 1 “I don’t know” answer: see what to find out.');
    const headings = within(screen.getByRole('main')).getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.indexOf('What to find out')).toBeLessThan(headings.indexOf('What must be done, and by whom'));
    expect(headings.indexOf('What to find out')).toBeLessThan(headings.indexOf('Why'));
  });

  it('lists each open point once, with who can answer it and what each answer would do', async () => {
    await renderWizard({ answers: smallAnswers.provisionalHigh, at: { kind: 'result' }, details });
    const findOut = screen.getByRole('region', { name: 'What to find out' });
    const points = within(findOut).getAllByRole('listitem').filter((li) => li.classList.contains('open-point'));
    expect(points).toHaveLength(1);
    expect(points[0]).toHaveTextContent('Ask the provider whether the system profiles people.');
    expect(points[0]).toHaveTextContent('Who can answer this: the supplier or developer, your data protection officer');
    expect(points[0]).toHaveTextContent('If the answer is “No”, the result would be: Minimal risk.');
    expect(screen.getByRole('main').textContent!.split('Ask the provider whether the system profiles people.')).toHaveLength(2);
    // Its alternatives are said there, not again under "what would change".
    const change = screen.getByRole('region', { name: 'What would change this result' });
    expect(change).toHaveTextContent('If you answered “None of these” to “In which of these areas is the system used?”');
    expect(change).not.toHaveTextContent('profile people');
  });

  it('marks the duties that hang on an open point once per group, never under each duty', async () => {
    await renderWizard({ answers: smallAnswers.provisionalHigh, at: { kind: 'result' }, details });
    const main = screen.getByRole('main');
    expect(main).not.toHaveTextContent('Whether this applies depends on the points under');
    const later = screen.getByRole('region', { name: 'From 2 December 2027 in 366 days' });
    expect(within(later).getAllByText('Some of these depend on what you find out.')).toHaveLength(1);
    const duties = screen.getByRole('region', { name: 'What must be done, and by whom' });
    const depends = within(duties).getByRole('heading', { name: 'These depend on what you find out' }).parentElement!;
    expect(within(depends).getByText('Human oversight')).toBeInTheDocument();
    expect(within(duties).getAllByRole('heading', { name: 'These depend on what you find out' })).toHaveLength(1);
  });

  it('gives each reason with the answer that triggered it and the article', async () => {
    await renderWizard({ answers: smallAnswers.high, at: { kind: 'result' } });
    const why = screen.getByRole('region', { name: 'Why' });
    expect(within(why).getByRole('heading', { name: 'High-risk use' })).toBeInTheDocument();
    expect(within(why).getByText(/You answered “Education and vocational training” to “In which of these areas is the system used\?”/)).toBeInTheDocument();
    expect(within(why).getByText('Art 6(2)')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Legal basis' })).toHaveTextContent('Annex III 3');
  });

  it('lists each duty once under who must act, its text behind a disclosure, with the date an amendment moved', async () => {
    const user = userEvent.setup();
    await renderWizard({ answers: smallAnswers.high, at: { kind: 'result' } });
    const obligations = screen.getByRole('region', { name: 'What must be done, and by whom' });
    expect(within(obligations).getByRole('heading', { name: 'Who must act: Deployer' })).toBeInTheDocument();
    expect(within(obligations).getAllByText('Human oversight')).toHaveLength(1);
    expect(within(obligations).getByText(/Applies from 2 December 2027 \(was 2 August 2026\)/)).toBeInTheDocument();
    const duty = obligations.querySelector('#duty-oversight details')!;
    expect(duty).not.toHaveAttribute('open');
    await user.click(within(obligations).getByText('Human oversight'));
    expect(duty).toHaveAttribute('open');
  });

  it('shows the transparency track next to the tier', async () => {
    await renderWizard({ answers: smallAnswers.limited, at: { kind: 'result' } });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Limited risk');
    expect(screen.getByRole('region', { name: 'Also applies' })).toHaveTextContent('Talks with people');
  });

  it('offers to download the assessment file and to fill in the report details', async () => {
    await renderWizard({ answers: smallAnswers.minimal, at: { kind: 'result' } });
    expect(screen.getByRole('button', { name: 'Download the assessment file' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Report details' })).toHaveAttribute('href', '#/details');
  });
});
