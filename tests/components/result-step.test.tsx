// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWizard } from '../../src/testing/render-wizard.tsx';
import { smallAnswers } from '../../src/testing/fixture-answers.ts';

afterEach(cleanup);

describe('result page', () => {
  it('states the outcome in words with an icon, and explains a provisional result', async () => {
    await renderWizard({ answers: smallAnswers.provisionalHigh, at: { kind: 'result' } });
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('Risk tier: ▲High risk');
    expect(screen.getByRole('heading', { name: 'This result is provisional' })).toBeInTheDocument();
    expect(screen.getByText(/rests on at least one “I don’t know” answer/)).toBeInTheDocument();
  });

  it('gives each reason with the answer that triggered it and the article', async () => {
    await renderWizard({ answers: smallAnswers.high, at: { kind: 'result' } });
    const why = screen.getByRole('region', { name: 'Why' });
    expect(within(why).getByRole('heading', { name: 'High-risk use' })).toBeInTheDocument();
    expect(within(why).getByText(/You answered “Education and vocational training” to “In which of these areas is the system used\?”/)).toBeInTheDocument();
    expect(within(why).getByText('Art 6(2)')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Legal basis' })).toHaveTextContent('Annex III 3');
  });

  it('groups obligations by who must act, with the date they apply from and the date an amendment moved', async () => {
    await renderWizard({ answers: smallAnswers.high, at: { kind: 'result' } });
    const obligations = screen.getByRole('region', { name: 'What must be done, and by whom' });
    expect(within(obligations).getByRole('heading', { name: 'Who must act: Deployer' })).toBeInTheDocument();
    expect(within(obligations).getByText('Human oversight')).toBeInTheDocument();
    expect(within(obligations).getByText(/Applies from 2 December 2027 \(was 2 August 2026\)/)).toBeInTheDocument();
  });

  it('lists what to find out and what would change the result', async () => {
    await renderWizard({ answers: smallAnswers.provisionalHigh, at: { kind: 'result' } });
    expect(screen.getByRole('region', { name: 'What to find out' })).toHaveTextContent('Ask the provider whether the system profiles people.');
    const change = screen.getByRole('region', { name: 'What would change this result' });
    expect(change).toHaveTextContent('If you answered “No” to “Does the system profile people?”, the result would be: Minimal risk');
  });

  it('shows the transparency track next to the tier', async () => {
    await renderWizard({ answers: smallAnswers.limited, at: { kind: 'result' } });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Limited risk');
    expect(screen.getByRole('region', { name: 'Also applies' })).toHaveTextContent('Talks with people');
  });

  it('offers to download the assessment file', async () => {
    await renderWizard({ answers: smallAnswers.minimal, at: { kind: 'result' } });
    expect(screen.getByRole('button', { name: 'Download the assessment file' })).toBeInTheDocument();
  });
});
