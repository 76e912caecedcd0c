/** Test helper: the whole wizard rendered over a fixture questionnaire, with its actor. */
import { render, screen } from '@testing-library/react';
import { createActor } from 'xstate';
import { App } from '../app/app.tsx';
import type { Answers } from '../engine/answers.ts';
import { wizardMachine } from '../machine/wizard-machine.ts';
import type { Step } from '../machine/types.ts';
import type { ReportDetails } from '../storage/report-details.ts';
import { loadFixture } from './load-fixture.ts';

/** Renders and waits until the page (loaded on demand) is shown. */
export async function renderWizard({ answers, at, fixture = 'wizard-small', details }: { answers?: Answers; at?: Step; fixture?: string; details?: ReportDetails } = {}) {
  window.history.replaceState(null, '', '#/');
  const questionnaire = loadFixture(fixture);
  const actor = createActor(wizardMachine, { input: { questionnaire, restored: answers ? { id: 'test', answers, ...(details ? { details } : {}) } : null } }).start();
  if (at) actor.send({ type: 'nav', step: at });
  const view = render(<App actor={actor} />);
  // The page loads on demand: allow for a slow, busy machine.
  await screen.findByRole('main', undefined, { timeout: 10_000 });
  return { ...view, actor, questionnaire };
}
