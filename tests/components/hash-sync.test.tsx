// @vitest-environment jsdom
/** The address and the wizard stay in step, also when the address changed while the wizard's code was loading. */
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootWizard } from '../../src/app/boot.ts';
import { useHashSync } from '../../src/app/use-hash-sync.ts';
import { stepOf } from '../../src/machine/step-hash.ts';
import { saveWork } from '../../src/storage/saved-assessments.ts';
import { smallAnswers } from '../../src/testing/fixture-answers.ts';
import { loadFixture } from '../../src/testing/load-fixture.ts';

const q = loadFixture('wizard-small');
type Actor = ReturnType<typeof bootWizard>;

function Sync({ actor }: { actor: Actor }) {
  useHashSync(actor);
  return null;
}

/** The wizard started at `hash`, as its code finds the address once loaded. */
function bootAt(hash: string): Actor {
  window.history.replaceState(null, '', hash);
  return bootWizard(q, window.location.hash);
}

afterEach(cleanup);
beforeEach(() => {
  localStorage.clear();
  saveWork(q, { id: 'x', answers: smallAnswers.minimal });
});

describe('the address and the wizard', () => {
  it('goes to the page the user opened while the wizard was loading', async () => {
    const actor = bootAt('#/check');
    expect(stepOf(actor.getSnapshot())).toEqual({ kind: 'check' });
    // The user goes back to the start page before the wizard's page is drawn: no listener hears it.
    window.history.replaceState(null, '', '#/');
    render(<Sync actor={actor} />);
    await waitFor(() => expect(stepOf(actor.getSnapshot())).toEqual({ kind: 'start' }));
    expect(window.location.hash).toBe('#/');
    actor.stop();
  });

  it('goes where the user went while its own page was still being written to the address', async () => {
    const actor = bootAt('#/check');
    render(<Sync actor={actor} />);
    act(() => actor.send({ type: 'nav', step: { kind: 'saved' } }));
    // A link to the start page is followed before the wizard has written "#/saved" to the address.
    window.location.hash = '#/';
    await waitFor(() => expect(stepOf(actor.getSnapshot())).toEqual({ kind: 'start' }));
    await new Promise((r) => setTimeout(r, 20));
    expect(stepOf(actor.getSnapshot())).toEqual({ kind: 'start' });
    expect(window.location.hash).toBe('#/');
    actor.stop();
  });

  it('stays on the page it started at when the address did not change', async () => {
    const actor = bootAt('#/check');
    render(<Sync actor={actor} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(stepOf(actor.getSnapshot())).toEqual({ kind: 'check' });
    expect(window.location.hash).toBe('#/check');
    actor.stop();
  });
});
