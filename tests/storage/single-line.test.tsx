// @vitest-environment jsdom
/** Single-line answers hold no line breaks or control characters, typed or imported (issue point 6). */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { normaliseMultiLine, normaliseSingleLine } from '../../src/storage/single-line.ts';
import { renderWizard } from '../../src/testing/render-wizard.tsx';

afterEach(cleanup);

describe('single-line text', () => {
  it('turns line breaks and tabs into one space and drops control characters', () => {
    expect(normaliseSingleLine('Chat\r\n\nRESULT: Minimal\u001b[2K\u0085x\u2028y\tz\u0000')).toBe('Chat RESULT: Minimal[2K x y z');
    expect(normaliseMultiLine('one\r\ntwo\u001b[1A\u0007\n\tthree')).toBe('one\ntwo[1A\n\tthree');
  });

  it('the question form keeps a pasted name on one line', async () => {
    const user = userEvent.setup();
    const { actor } = await renderWizard({ at: { kind: 'question', id: 'system.name' } });
    const input = screen.getByRole('textbox');
    fireEvent.change(input, { target: { value: 'Pupil\u001b[2K allocation' } });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(actor.getSnapshot().context.work.answers['system.name']).toBe('Pupil[2K allocation'));
  });
});
