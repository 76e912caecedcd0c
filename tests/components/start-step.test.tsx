// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { typicalPages } from '../../src/engine/pages.ts';
import { leanOf } from '../../src/questionnaire/parts.ts';
import { StartStep } from '../../src/steps/start-step.tsx';
import { euAiAct } from '../engine/load.ts';

afterEach(cleanup);

describe('the start page', () => {
  it('says how long the questions take, from the worked examples, what to have at hand and who to involve', () => {
    const q = euAiAct();
    const length = typicalPages(leanOf(q));
    expect(length).toEqual(typicalPages(q));
    expect(length!.median).toBeLessThanOrEqual(14);
    render(<StartStep inProgress={null} damaged={0} errors={[]} importer={null} onStart={() => undefined} onResume={() => undefined} length={length} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Before you start' })).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`about ${length!.median} pages of questions \\(the worked examples take up to ${length!.most}\\)`))).toBeInTheDocument();
    expect(screen.getByText(/data protection impact assessment \(DPIA\)/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Who to involve' })).toBeInTheDocument();
  });
});
