// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWizard } from '../../src/testing/render-wizard.tsx';
import { smallAnswers } from '../../src/testing/fixture-answers.ts';

afterEach(cleanup);

describe('check your answers', () => {
  it('lists every answer that counts with a Change link named after its question', async () => {
    await renderWizard({ answers: smallAnswers.high, at: { kind: 'check' } });
    expect(screen.getByRole('heading', { level: 1, name: /Check your answers/ })).toBeInTheDocument();
    const change = screen.getByRole('link', { name: 'Change Does the system profile people?' });
    expect(change).toHaveAttribute('href', '#/q/uses.profiling');
    expect(screen.getAllByRole('link', { name: /^Change / })).toHaveLength(7);
    expect(screen.getByRole('heading', { level: 2, name: 'High-risk uses' })).toBeInTheDocument();
    expect(screen.getByText('Education and vocational training')).toBeInTheDocument();
  });

  it('drops an answer that a change made irrelevant, and returns to check your answers after the change', async () => {
    const user = userEvent.setup();
    await renderWizard({ answers: smallAnswers.high, at: { kind: 'check' } });
    await user.click(screen.getByRole('link', { name: 'Change In which of these areas is the system used?' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'In which of these areas is the system used?' }, { timeout: 15_000 });
    expect(heading).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'None of these' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: /Check your answers/ }, { timeout: 15_000 });
    expect(screen.queryByText('Does the system profile people?')).not.toBeInTheDocument();
    const row = screen.getByText('In which of these areas is the system used?', { selector: 'dt' }).closest('div')!;
    expect(within(row).getByText('None of these')).toBeInTheDocument();
  });

  it('shows typed text as text, never as markup', async () => {
    await renderWizard({ answers: { ...smallAnswers.minimal, 'system.name': '<img src=x onerror=alert(1)>' }, at: { kind: 'check' } });
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('main img')).toBeNull();
  });

  it('after opening an older file, lists the answers to check again until the user has noted them', async () => {
    const user = userEvent.setup();
    const { actor } = await renderWizard({ at: { kind: 'start' } });
    actor.send({ type: 'import.parsed', fileName: 'old.json', result: { ok: true, answers: smallAnswers.minimal, warnings: ['check your answer to "Does the system talk with people?"'] } });
    const notice = await screen.findByRole('region', { name: 'Check these answers' });
    expect(notice).toHaveTextContent('check your answer to "Does the system talk with people?"');
    expect(screen.getByRole('heading', { level: 1, name: /Check your answers/ })).toBeInTheDocument();
    await user.click(within(notice).getByRole('button', { name: 'I have noted these' }));
    expect(screen.queryByRole('region', { name: 'Check these answers' })).not.toBeInTheDocument();
  });

  it('marks "I don\'t know" answers, and a change brings focus back to the changed row', async () => {
    const user = userEvent.setup();
    await renderWizard({ answers: smallAnswers.provisionalHigh, at: { kind: 'check' } });
    const row = screen.getByText('Does the system profile people?', { selector: 'dt' }).closest('div')!;
    expect(within(row).getByText('Not known yet')).toBeInTheDocument();
    const other = screen.getByText('What is the AI system called?', { selector: 'dt' }).closest('div')!;
    expect(within(other).queryByText('Not known yet')).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Change What is the AI system called?' }));
    const box = await screen.findByRole('textbox', { name: 'What is the AI system called?' });
    await user.clear(box);
    await user.type(box, 'Renamed');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: /Check your answers/ });
    expect(screen.getByRole('link', { name: 'Change What is the AI system called?' })).toHaveFocus();
  });
});

