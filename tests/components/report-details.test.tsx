// @vitest-environment jsdom
import { cleanup, configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderWizard } from '../../src/testing/render-wizard.tsx';
import { smallAnswers } from '../../src/testing/fixture-answers.ts';
import { loadFixture } from '../../src/testing/load-fixture.ts';
import { saveWork } from '../../src/storage/saved-assessments.ts';
import { parseAssessmentFile } from '../../src/storage/assessment-file.ts';

afterEach(cleanup);
// Pages load on demand, which takes a while on a busy machine.
configure({ asyncUtilTimeout: 5000 });
beforeAll(() => Promise.all([import('../../src/app/pages/result-page.tsx'), import('../../src/app/pages/details-page.tsx')]), 30_000);

describe('report details', () => {
  it('are filled in from the result page, kept with the work, and counted there', async () => {
    const user = userEvent.setup();
    const { actor } = await renderWizard({ answers: smallAnswers.high, at: { kind: 'result' } });
    await user.click(screen.getByRole('link', { name: 'Report details' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Report details' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Organisation'), 'Region North');
    await user.type(screen.getByLabelText('Contract or tender reference'), 'RN-2026-14');
    await user.type(screen.getByLabelText('Assessment date'), '2027-12-01');
    await user.click(screen.getByRole('radio', { name: 'Final' }));
    await user.click(screen.getByRole('button', { name: 'Save the details' }));
    expect(await screen.findByRole('heading', { level: 1, name: /High risk/ })).toBeInTheDocument();
    expect(actor.getSnapshot().context.work.details).toEqual({ organisation: 'Region North', contractRef: 'RN-2026-14', assessmentDate: '2027-12-01', status: 'final' });
    expect(screen.getByText('4 details filled in')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'From 2 December 2027 in 1 day' })).toBeInTheDocument();
    // The engine ignores them: the same answers give the same result.
    expect(document.querySelector('[data-tier]')).toHaveAttribute('data-tier', 'high');
  });

  it('shows what was saved, and clears a field left empty', async () => {
    const user = userEvent.setup();
    const { actor } = await renderWizard({ answers: smallAnswers.high, at: { kind: 'details' }, details: { supplier: 'Acme AB', status: 'draft' } });
    expect(screen.getByLabelText('Supplier')).toHaveValue('Acme AB');
    expect(screen.getByRole('radio', { name: 'Draft' })).toBeChecked();
    await user.clear(screen.getByLabelText('Supplier'));
    await user.click(screen.getByRole('button', { name: 'Save the details' }));
    await screen.findByRole('heading', { level: 1, name: /High risk/ });
    expect(actor.getSnapshot().context.work.details).toEqual({ status: 'draft' });
  });

  it('names a field that is too long in the error summary and keeps what was typed', async () => {
    const user = userEvent.setup();
    const { actor } = await renderWizard({ answers: smallAnswers.high, at: { kind: 'details' } });
    const field = screen.getByLabelText('Assessed by');
    await user.click(field);
    await user.paste('x'.repeat(301));
    await user.click(screen.getByRole('button', { name: 'Save the details' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter 300 characters or fewer' })).toHaveAttribute('href', '#details-assessedBy');
    expect(document.activeElement).toBe(summary);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveValue('x'.repeat(301));
    expect(screen.getByRole('heading', { level: 1, name: 'Report details' })).toBeInTheDocument();
    expect(actor.getSnapshot().context.work.details).toBeUndefined();
  });

  it('are reachable from check your answers', async () => {
    await renderWizard({ answers: smallAnswers.high, at: { kind: 'check' } });
    expect(screen.getByRole('link', { name: 'Report details' })).toHaveAttribute('href', '#/details');
  });
});

describe('download the assessment file from any page', () => {
  it('is offered on a question page once something is answered, and exports the open work', async () => {
    const { actor } = await renderWizard({ answers: { 'system.name': 'Pupil allocation' }, at: { kind: 'question', id: 'system.organisation' } });
    const send = vi.spyOn(actor, 'send');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download the assessment file' }));
    expect(send).toHaveBeenCalledWith({ type: 'export' });
  });

  it('is not offered before anything is answered', async () => {
    await renderWizard({ at: { kind: 'question', id: 'system.name' } });
    expect(screen.queryByRole('button', { name: 'Download the assessment file' })).not.toBeInTheDocument();
  });

  it('is offered on check your answers and the saved list', async () => {
    await renderWizard({ answers: smallAnswers.high, at: { kind: 'check' } });
    expect(screen.getByRole('button', { name: 'Download the assessment file' })).toBeInTheDocument();
    cleanup();
    await renderWizard({ answers: smallAnswers.high, at: { kind: 'saved' } });
    expect(screen.getByRole('button', { name: 'Download the assessment file' })).toBeInTheDocument();
  });

  it('is offered for each saved assessment, as a file that opens again with its report details', async () => {
    const q = loadFixture('wizard-small');
    localStorage.clear();
    saveWork(q, { id: 'one', answers: { ...smallAnswers.limited, 'system.name': 'Tax chatbot' }, details: { supplier: 'Acme AB' } });
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:file'));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    try {
      await renderWizard({ at: { kind: 'saved' } });
      await userEvent.setup().click(screen.getByRole('button', { name: 'Download Tax chatbot' }));
      expect(blobs).toHaveLength(1);
      const parsed = parseAssessmentFile(await blobs[0]!.text(), q);
      expect(parsed).toMatchObject({ ok: true, answers: { 'system.name': 'Tax chatbot' }, details: { supplier: 'Acme AB' } });
    } finally {
      create.mockRestore();
      click.mockRestore();
    }
  });
});
