// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { renderWizard } from '../../src/testing/render-wizard.tsx';

afterEach(cleanup);

const before = { 'system.name': 'A', 'system.organisation': 'B' };

describe('question page', () => {
  it('uses the question as the page heading and legend, with hint, why we ask and help', async () => {
    await renderWizard({ answers: before, at: { kind: 'question', id: 'scope.military' } });
    const group = screen.getByRole('group', { name: /military, defence or national security/ });
    expect(screen.getByRole('heading', { level: 1, name: /military, defence or national security/ })).toBeInTheDocument();
    expect(group).toHaveAccessibleDescription(/Only if this is the sole purpose/);
    expect(screen.getByText('Such uses are outside the regulation.')).toBeVisible();
    expect(screen.getByText('Help with this question')).toBeInTheDocument();
    expect(screen.getByText(/Art 2\(3\)/)).toBeInTheDocument();
    expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['yes', 'no', 'unknown']);
    expect(screen.getByRole('radio', { name: "I don't know" })).toBeInTheDocument();
    expect(screen.getByText('Section 2 of 4: Scope and exclusions')).toBeInTheDocument();
    expect(screen.getByText('Page 3 of about 6')).toBeInTheDocument();
  });

  it('shows an error summary that takes focus and links to the first radio when nothing is chosen', async () => {
    const user = userEvent.setup();
    await renderWizard({ answers: before, at: { kind: 'question', id: 'scope.military' } });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveTextContent('There is a problem');
    const message = 'Select an answer to “Is the system used only for military, defence or national security purposes?”';
    const link = screen.getByRole('link', { name: message });
    expect(link.getAttribute('href')).toBe(`#${screen.getByRole('radio', { name: 'Yes' }).id}`);
    for (const radio of screen.getAllByRole('radio')) expect(radio).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('group', { name: /military/ })).toHaveAccessibleDescription(/Error: Select an answer to “Is the system used only for military/);
    await waitFor(() => expect(document.title).toMatch(/^Error: /));
    await user.click(link);
    expect(screen.getByRole('radio', { name: 'Yes' })).toHaveFocus();
  });

  it('moves on to the next question with the chosen answer', async () => {
    const user = userEvent.setup();
    const { actor } = await renderWizard({ answers: before, at: { kind: 'question', id: 'scope.military' } });
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'In which of these areas is the system used?' })).toBeInTheDocument();
    expect(actor.getSnapshot().context.work.answers['scope.military']).toBe('no');
    await waitFor(() => expect(window.location.hash).toBe('#/q/uses.areas'));
  });

  it('unticks the other options when an exclusive option is ticked, and the reverse', async () => {
    const user = userEvent.setup();
    await renderWizard({ answers: { ...before, 'scope.military': 'no' }, at: { kind: 'question', id: 'uses.areas' } });
    const education = screen.getByRole('checkbox', { name: 'Education and vocational training' });
    const employment = screen.getByRole('checkbox', { name: 'Employment and workers management' });
    const none = screen.getByRole('checkbox', { name: 'None of these' });
    await user.click(education);
    await user.click(employment);
    expect(education).toBeChecked();
    await user.click(none);
    expect(none).toBeChecked();
    expect(education).not.toBeChecked();
    expect(employment).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: "I don't know" }));
    expect(none).not.toBeChecked();
    await user.click(education);
    expect(screen.getByRole('checkbox', { name: "I don't know" })).not.toBeChecked();
  });

  it('labels a text question with its heading and keeps the typed answer as text', async () => {
    const user = userEvent.setup();
    const { actor } = await renderWizard({ at: { kind: 'question', id: 'system.name' } });
    actor.send({ type: 'start' });
    const box = await screen.findByRole('textbox', { name: 'What is the AI system called?' });
    await user.type(box, '<b>Not bold</b>');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: /Which organisation/ });
    expect(actor.getSnapshot().context.work.answers['system.name']).toBe('<b>Not bold</b>');
  });

  it('shows what to find out and who knows as soon as "I don\'t know" is chosen, before Continue', async () => {
    const user = userEvent.setup();
    await renderWizard({ answers: before, at: { kind: 'question', id: 'scope.military' } });
    expect(screen.queryByText('What to find out')).toBeNull();
    await user.click(screen.getByRole('radio', { name: "I don't know" }));
    expect(screen.getByText('What to find out')).toBeVisible();
    expect(screen.getByText('Ask the system owner whether it has any civil use.')).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'No' }));
    expect(screen.queryByText('What to find out')).toBeNull();
  });
});

describe('answers not yet submitted', () => {
  it('survive the page being closed and opened again (a reload), and are dropped once submitted', async () => {
    const user = userEvent.setup();
    sessionStorage.clear();
    await renderWizard({ answers: before, at: { kind: 'question', id: 'system.name' } });
    const box = screen.getByRole('textbox', { name: 'What is the AI system called?' });
    await user.clear(box);
    await user.type(box, 'Draft name');
    cleanup();
    await renderWizard({ answers: before, at: { kind: 'question', id: 'system.name' } });
    expect(screen.getByRole('textbox', { name: 'What is the AI system called?' })).toHaveValue('Draft name');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: /Which organisation/ });
    cleanup();
    const { actor } = await renderWizard({ answers: { ...before, 'system.name': 'Saved' }, at: { kind: 'question', id: 'system.name' } });
    expect(screen.getByRole('textbox', { name: 'What is the AI system called?' })).toHaveValue('Saved');
    expect(actor.getSnapshot().context.work.answers['system.name']).toBe('Saved');
  });
});

describe('a page of several questions (wizard-pages fixture)', () => {
  const fixture = 'wizard-pages';
  const scoped = { ...before, 'scope.military': 'no' };

  it('has the section as its heading, a question heading for each question, and names each missing answer', async () => {
    const user = userEvent.setup();
    await renderWizard({ fixture, at: { kind: 'question', id: 'system.name' } });
    expect(screen.getByRole('heading', { level: 1, name: 'About the system' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'What is the AI system called?' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Which organisation is carrying out this assessment?' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'What is the AI system called?' }), 'Pupil allocation');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Enter an answer to “Which organisation is carrying out this assessment?”');
    expect(summary).not.toHaveTextContent('What is the AI system called?');
  });

  it('shows a question that depends on an answer on the page as soon as that answer is chosen, and submits both', async () => {
    const user = userEvent.setup();
    const { actor } = await renderWizard({ fixture, answers: scoped, at: { kind: 'question', id: 'uses.areas' } });
    expect(screen.queryByRole('group', { name: 'Does the system profile people?' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Education and vocational training' }));
    const profiling = screen.getByRole('group', { name: 'Does the system profile people?' });
    expect(profiling).toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: 'Education and vocational training' }));
    await user.click(screen.getByRole('checkbox', { name: 'None of these' }));
    expect(screen.queryByRole('group', { name: 'Does the system profile people?' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'None of these' }));
    await user.click(screen.getByRole('checkbox', { name: 'Employment and workers management' }));
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Transparency' });
    expect(actor.getSnapshot().context.work.answers).toMatchObject({ 'uses.areas': ['employment'], 'uses.profiling': 'yes' });
  });

  it('opens a map of the sections in place, with their status and the questions left', async () => {
    const user = userEvent.setup();
    await renderWizard({ fixture, answers: { ...scoped, 'uses.areas': ['none'] }, at: { kind: 'question', id: 'transparency.chatbot' } });
    await user.click(screen.getByText('All sections and what is left'));
    const items = screen.getAllByRole('listitem').filter((li) => li.hasAttribute('data-section'));
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/About the system.*Completed/),
      expect.stringMatching(/Scope and exclusions.*Completed/),
      expect.stringMatching(/High-risk uses.*Completed/),
      expect.stringMatching(/Transparency.*In progress.*Does the system talk with people\?/),
    ]);
    expect(screen.getByRole('heading', { level: 1, name: 'Transparency' })).toBeInTheDocument();
  });
});
