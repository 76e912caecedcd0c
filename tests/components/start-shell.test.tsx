// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StartShell } from '../../src/app/start-shell.tsx';
import { typicalPages } from '../../src/engine/pages.ts';
import { defaultStrings, type Locale } from '../../src/i18n/catalogue.ts';
import { leanOf } from '../../src/questionnaire/parts.ts';
import { euAiAct } from '../engine/load.ts';

// Vitest cannot load the plugin's questionnaire modules; these are the same questionnaires, built from the same files.
vi.mock('virtual:questionnaire/eu-ai-act/en/lean', async () => (await import('../i18n/virtual-questionnaires.ts')).leanModule('en'));
vi.mock('virtual:questionnaire/eu-ai-act/sv/lean', async () => (await import('../i18n/virtual-questionnaires.ts')).leanModule('sv'));
vi.mock('virtual:questionnaire/eu-ai-act/de/lean', async () => (await import('../i18n/virtual-questionnaires.ts')).leanModule('de'));
vi.mock('virtual:questionnaire-extras/eu-ai-act/en', async () => (await import('../i18n/virtual-questionnaires.ts')).extrasModule('en'));

// The wizard is loaded on demand: allow for a slow, busy machine.
const loaded = { timeout: 15_000 };

afterEach(cleanup);
beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '#/');
});

/** The start page as the first download draws it, with the real wizard behind it. */
function renderShell(open = (locale: Locale) => import('../../src/app/wizard-entry.tsx').then((m) => m.openWizard(locale, window.location.hash))) {
  let show: (app: ReactElement) => void = () => undefined;
  const view = render(<StartShell locale="en" strings={defaultStrings} storage="ok" open={open} show={(app) => show(app)} />);
  show = (app) => view.rerender(app);
  return view;
}

describe('the start page before the wizard is loaded', () => {
  it('says how long the questions take, as the engine counts it, and starts the first question as a new page', async () => {
    renderShell();
    const length = typicalPages(leanOf(euAiAct()))!;
    expect(screen.getByText(new RegExp(`about ${length.median} pages of questions`))).toBeInTheDocument();
    const before = window.history.length;
    await userEvent.setup().click(screen.getByRole('button', { name: defaultStrings.start.startNew }));
    await screen.findByRole('button', { name: defaultStrings.continue }, loaded);
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/q\//));
    expect(window.history.length).toBe(before + 1);
  });

  it('gives a file that is not an assessment the same specific error as the wizard, in the error summary', async () => {
    renderShell();
    const file = new File(['not an assessment'], 'notes.json', { type: 'application/json' });
    await userEvent.setup().upload(screen.getByLabelText(defaultStrings.importFile.choose), file);
    const summary = await screen.findByRole('alert', {}, loaded);
    expect(summary).toHaveTextContent(defaultStrings.importFile.invalid('notes.json'));
    expect(window.location.hash).toBe('#/');
  });

  it('opens saved assessments from its link', async () => {
    renderShell();
    window.location.hash = '#/saved';
    await screen.findByRole('heading', { level: 1, name: defaultStrings.saved.heading }, loaded);
  });

  it('says so, and offers a reload, when the wizard cannot be loaded', async () => {
    renderShell(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    await userEvent.setup().click(screen.getByRole('button', { name: defaultStrings.start.startNew }));
    expect(await screen.findByRole('heading', { name: defaultStrings.reliability.chunkHeading })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: defaultStrings.reliability.reload })).toBeInTheDocument();
  });
});
