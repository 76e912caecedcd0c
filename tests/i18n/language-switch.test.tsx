// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import questionnaire from 'virtual:questionnaire/eu-ai-act';
import { englishBundle } from '../../src/app/locale-bundle.ts';
import { LocalisedApp } from '../../src/app/localised-app.tsx';
import type { WizardActor } from '../../src/app/wizard-context.ts';
import { wizardMachine } from '../../src/machine/wizard-machine.ts';
import { readPreferredLocale } from '../../src/storage/preferred-locale.ts';
import { caseAnswers } from '../engine/load.ts';

// Vitest cannot load the plugin's virtual modules; these are the same questionnaires, built from the same files.
vi.mock('virtual:questionnaire/eu-ai-act', async () => (await import('./virtual-questionnaires.ts')).questionnaireModule());
vi.mock('virtual:questionnaire/eu-ai-act/en/lean', async () => (await import('./virtual-questionnaires.ts')).leanModule('en'));
vi.mock('virtual:questionnaire/eu-ai-act/sv/lean', async () => (await import('./virtual-questionnaires.ts')).leanModule('sv'));
vi.mock('virtual:questionnaire/eu-ai-act/de/lean', async () => (await import('./virtual-questionnaires.ts')).leanModule('de'));
vi.mock('virtual:questionnaire-extras/eu-ai-act/en', async () => (await import('./virtual-questionnaires.ts')).extrasModule('en'));
vi.mock('virtual:questionnaire-extras/eu-ai-act/sv', async () => (await import('./virtual-questionnaires.ts')).extrasModule('sv'));
vi.mock('virtual:questionnaire-extras/eu-ai-act/de', async () => (await import('./virtual-questionnaires.ts')).extrasModule('de'));

// Switching loads the language's questionnaire and texts, and the result page its own code: under load
// that can take longer than Testing Library's one-second default, so the waits for them allow for it.
const loaded = { timeout: 15_000 };

afterEach(cleanup);
beforeEach(() => {
  localStorage.clear();
  document.documentElement.lang = 'en';
  window.history.replaceState(null, '', '#/');
});

async function renderAt(step: Parameters<WizardActor['send']>[0]) {
  const answers = caseAnswers(questionnaire, 'p01-school-admission');
  const actor: WizardActor = createActor(wizardMachine, { input: { questionnaire, restored: { id: 'work-1', answers } } }).start();
  actor.send(step);
  render(<LocalisedApp actor={actor} bundle={englishBundle} />);
  await screen.findByRole('main', {}, loaded);
  return answers;
}

function switchTo(name: string) {
  return userEvent.setup().click(within(screen.getByRole('navigation', { name: 'Language' })).getByRole('button', { name }));
}

describe('the language switch', () => {
  it('shows every language in its own language, marking the current one', async () => {
    await renderAt({ type: 'nav', step: { kind: 'check' } });
    const nav = screen.getByRole('navigation', { name: 'Language' });
    const buttons = within(nav).getAllByRole('button');
    expect(buttons.map((b) => [b.textContent, b.getAttribute('lang')])).toEqual([
      ['English', 'en'],
      ['Svenska', 'sv'],
      ['Deutsch', 'de'],
    ]);
    expect(within(nav).getByRole('button', { name: 'English' })).toHaveAttribute('aria-current', 'true');
  });

  it('keeps the answers and shows check your answers in Swedish, with <html lang> and the choice remembered', async () => {
    const answers = await renderAt({ type: 'nav', step: { kind: 'check' } });
    const englishRows = screen.getAllByRole('link', { name: /^Change / }).length;
    await switchTo('Svenska');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kontrollera era svar innan ni ser resultatet' }, loaded)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /^Ändra / })).toHaveLength(englishRows);
    expect(screen.queryByText('Check your answers before you see the result')).not.toBeInTheDocument();
    expect(screen.getByText(String(answers['system.name']))).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('sv');
    expect(readPreferredLocale()).toBe('sv');
    const nav = screen.getByRole('navigation', { name: 'Språk' });
    expect(within(nav).getByRole('button', { name: 'Svenska' })).toHaveAttribute('aria-current', 'true');
    // Every answer is still there: the check page would send an incomplete assessment back to the questions.
    await userEvent.setup().click(screen.getByRole('button', { name: 'Se resultatet' }));
    // The engine's assessment, computed from the Swedish questionnaire, comes out in Swedish.
    expect(await screen.findByRole('heading', { level: 1, name: /Hög risk/ }, loaded)).toBeInTheDocument();
    expect(document.querySelector('[data-tier]')?.getAttribute('data-tier')).toBe('high');
    expect(screen.getByRole('heading', { name: 'Vad som måste göras, och av vem' })).toBeInTheDocument();
    expect(screen.queryByText('What must be done, and by whom')).not.toBeInTheDocument();
    // It renders the check page and the result page twice over (English, then Swedish): on a loaded
    // 2-core machine that alone can take longer than the suite's 30 s.
  }, 90_000);

  it('keeps the page and the answer given so far when switching on a question, and switches back', async () => {
    await renderAt({ type: 'nav', step: { kind: 'question', id: 'system.name' } });
    const field = screen.getAllByRole('textbox')[0]!;
    const value = (field as HTMLInputElement).value;
    expect(value).not.toBe('');
    await switchTo('Deutsch');
    await screen.findByRole('navigation', { name: 'Sprache' }, loaded);
    expect(document.documentElement.lang).toBe('de');
    expect((screen.getAllByRole('textbox')[0] as HTMLInputElement).value).toBe(value);
    expect(screen.getByRole('button', { name: 'Weiter' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'English' }));
    await screen.findByRole('navigation', { name: 'Language' }, loaded);
    expect(document.documentElement.lang).toBe('en');
    expect(readPreferredLocale()).toBe('en');
  });

  it('still switches when the browser will not store the choice', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    try {
      await renderAt({ type: 'nav', step: { kind: 'check' } });
      await act(() => switchTo('Svenska'));
      expect(await screen.findByRole('heading', { level: 1, name: 'Kontrollera era svar innan ni ser resultatet' }, loaded)).toBeInTheDocument();
      expect(document.documentElement.lang).toBe('sv');
    } finally {
      setItem.mockRestore();
    }
  });
});
