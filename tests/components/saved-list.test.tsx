// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PREFIX } from '../../src/storage/browser-storage.ts';
import { saveWork } from '../../src/storage/saved-assessments.ts';
import { loadFixture } from '../../src/testing/load-fixture.ts';
import { renderWizard } from '../../src/testing/render-wizard.tsx';
import { smallAnswers } from '../../src/testing/fixture-answers.ts';

const q = loadFixture('wizard-small');
beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('saved assessments page', () => {
  it('lists each assessment with name, organisation and result, and opens one', async () => {
    const user = userEvent.setup();
    saveWork(q, { id: 'one', answers: smallAnswers.high });
    saveWork(q, { id: 'two', answers: { ...smallAnswers.limited, 'system.name': 'Tax chatbot' } });
    const { actor } = await renderWizard({ at: { kind: 'saved' } });
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('saved-item'));
    expect(items).toHaveLength(2);
    const chatbot = items.find((li) => within(li).queryByRole('heading', { name: /Tax chatbot/ }))!;
    expect(chatbot).toHaveTextContent('Region North');
    expect(chatbot).toHaveTextContent('Limited risk');
    await user.click(within(chatbot).getByRole('button', { name: 'Open Tax chatbot' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Check your answers/ })).toBeInTheDocument();
    expect(actor.getSnapshot().context.work.id).toBe('two');
  });

  it('asks before deleting, and offers damaged data for download', async () => {
    const user = userEvent.setup();
    saveWork(q, { id: 'one', answers: smallAnswers.high });
    localStorage.setItem(`${PREFIX}assessment/broken`, 'garbage');
    await renderWizard({ at: { kind: 'saved' } });
    expect(screen.getByRole('region', { name: 'Saved data that could not be read' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download assessment/broken' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete Pupil allocation' }));
    // The name is isolated (FSI … PDI) so a right-to-left override in it cannot turn the sentence around.
    expect(screen.getByText('Delete “\u2068Pupil allocation\u2069”? This cannot be undone.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(screen.getByText('You have no saved assessments yet.')).toBeInTheDocument();
    expect(localStorage.getItem(`${PREFIX}assessment/broken`)).toBe('garbage');
  });

  it('tells the user on the start page when saved data could not be read', async () => {
    localStorage.setItem(`${PREFIX}assessment/broken`, 'garbage');
    await renderWizard();
    expect(screen.getByText(/Some saved data in this browser could not be read/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'see it in your saved assessments' })).toHaveAttribute('href', '#/saved');
  });
});
