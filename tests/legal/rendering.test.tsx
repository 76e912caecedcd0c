// @vitest-environment jsdom
/** The model's headline and the changelog, as the result page and the PDF report show them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { parseAssessmentFile } from '../../src/storage/assessment-file.ts';
import { ResultStep } from '../../src/steps/result/result-step.tsx';
import { euAiAct } from '../engine/load.ts';
import { modelFor, section, textOf } from '../report/report-helpers.ts';

afterEach(cleanup);
const q = euAiAct();

function answers(id: string) {
  const parsed = parseAssessmentFile(readFileSync(join(import.meta.dirname, `${id}.json`), 'utf8'), q);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.answers;
}

function renderResult(id: string) {
  const noop = () => undefined;
  render(<ResultStep assessment={assess(q, answers(id))} disclaimer="Not legal advice." systemName="X" asOf="2026-12-01" detailsCount={0} onPdf={null} onStartAgain={noop} />);
}

describe('a model provider that also builds a system on the model', () => {
  it('sees both headlines on the result page', () => {
    renderResult('03-02-both-prohibited-system');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Unacceptable risk – prohibited practice');
    const model = screen.getByRole('region', { name: /For the general-purpose AI model/ });
    expect(model).toHaveTextContent('General-purpose AI model');
    expect(within(model).getByRole('heading', { name: 'What to do for the model' })).toBeInTheDocument();
  });

  it('has the model outcome on the PDF cover and in the summary', async () => {
    const m = await modelFor(q, answers('03-01-both-gpai-systemic'));
    const cover = section(m, 'cover').blocks.filter((b) => b.type === 'outcome');
    expect(cover.map((b) => b.type === 'outcome' && `${b.label}: ${b.title}`)).toEqual(['Result: Minimal risk', 'Result for the general-purpose AI model: General-purpose AI model']);
    expect(textOf(section(m, 'summary').blocks)).toMatch(/Result for the general-purpose AI model\nGeneral-purpose AI model/);
  });

  it('a system alone has one headline', async () => {
    renderResult('17-02-high-private-employer-no-fria');
    expect(screen.queryByRole('region', { name: /For the general-purpose AI model/ })).not.toBeInTheDocument();
    const m = await modelFor(q, answers('17-02-high-private-employer-no-fria'));
    expect(section(m, 'cover').blocks.filter((b) => b.type === 'outcome')).toHaveLength(1);
  });
});

describe('about this assessment', () => {
  it('loads the questionnaire changelog only when opened', async () => {
    renderResult('17-01-limited-deployer-only');
    const summary = screen.getByText(`About this assessment: what changed in version ${q.version}`);
    expect(screen.queryByRole('heading', { name: 'Results' })).not.toBeInTheDocument();
    await userEvent.setup().click(summary);
    expect(await screen.findByRole('heading', { name: '1.2.0' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '1.1.0' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { name: 'Results' })).toHaveLength(2);
    expect(screen.getByText(/no longer opens the questions of all eight areas/)).toBeInTheDocument();
    expect(screen.getByText(/5\(1\)\(h\) bans the use of such systems/)).toBeInTheDocument();
  });
});
