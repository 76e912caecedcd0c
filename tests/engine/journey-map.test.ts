import { describe, expect, it } from 'vitest';
import { journeyMap } from '../../src/engine/journey-map.ts';
import { expectedPages, pagePosition, pageQuestions, pagesOnRoute } from '../../src/engine/pages.ts';
import { route, withSkippedOptional } from '../../src/engine/journey.ts';
import { euAiAct } from './load.ts';

const q = euAiAct();
const about = {
  'system.name': 'Benefits scorer',
  'system.organisation': 'Social Insurance Agency',
  'system.assessor': '',
  'system.purpose': 'Scores benefit claims for checks.',
  'system.affected-persons': '',
  'system.use-period': '',
  'org.type': 'public-body',
};
const status = (answers: Record<string, string | string[]>) => Object.fromEntries(journeyMap(q, answers).sections.map((s) => [s.id, s.status]));

describe('the map of the journey', () => {
  it('starts with every section to do or depending on the answers, and nothing marked not needed', () => {
    const map = journeyMap(q, {});
    expect(map.sections.map((s) => s.id)).toEqual(q.sections.map((s) => s.id));
    expect(map.sections[0]!.status).toBe('in-progress');
    expect(map.sections.some((s) => s.status === 'not-needed')).toBe(false);
    expect(map.sections.find((s) => s.id === 'derogation')!.status).toBe('depends');
  });

  it('marks sections done, and a section the answers rule out as not needed', () => {
    const gpai = { ...about, 'subject.kind': 'gpai-model' };
    const s = status(gpai);
    expect(s.system).toBe('done');
    expect(s.definition).toBe('done');
    expect(s.roles).toBe('not-needed');
    expect(s.scope).toBe('not-needed');
    expect(s['use-cases']).toBe('not-needed');
    expect(s.gpai).toBe('in-progress');
    expect(s.transition).toBe('not-needed');
  });

  it('lists the questions left in a section and counts them', () => {
    const map = journeyMap(q, { ...about, 'subject.kind': 'ai-system' });
    const definition = map.sections.find((x) => x.id === 'definition')!;
    expect(definition.answered).toEqual(['subject.kind']);
    expect(definition.left).toEqual(['ai.infers']);
    expect(definition.status).toBe('in-progress');
    expect(map.questionsLeft).toBeGreaterThan(5);
  });

  it('marks every section done or not needed once the questions are over', () => {
    for (const example of q.examples) {
      const answers = withSkippedOptional(q, example.answers);
      expect(route(q, answers).current, example.id).toBeNull();
      for (const section of journeyMap(q, answers).sections) expect(['done', 'not-needed'], `${example.id} ${section.id}`).toContain(section.status);
    }
  });
});

describe('pages of the questionnaire', () => {
  it('shows the exclusions of Article 2 on one page, each appearing once the one before is answered', () => {
    const before = { ...about, 'subject.kind': 'ai-system', 'ai.infers': 'machine-learning', 'role.activities': ['uses'], 'role.eu-nexus': 'established' };
    expect(pageQuestions(q, before, 'scope.military')).toEqual(['scope.military']);
    expect(pageQuestions(q, { ...before, 'scope.military': 'no' }, 'scope.military')).toEqual(['scope.military', 'scope.research']);
    // A user of the system is not asked about research and testing before the market (Art 2(8) is for those who develop it).
    expect(pageQuestions(q, { ...before, 'scope.military': 'no', 'scope.research': 'no' }, 'scope.military')).toEqual(['scope.military', 'scope.research', 'scope.personal']);
    const developer = { ...before, 'role.activities': ['develops'] };
    expect(pageQuestions(q, { ...developer, 'scope.military': 'no', 'scope.research': 'no', 'scope.pre-market': 'no' }, 'scope.military')).toEqual(['scope.military', 'scope.research', 'scope.pre-market', 'scope.open-source']);
    expect(pageQuestions(q, { ...before, 'scope.military': 'yes' }, 'scope.military')).toEqual(['scope.military']);
  });

  it('gives a page number and an estimated total that grows as answers open questions', () => {
    const start = pagePosition(q, {}, 'system.name');
    expect(start.page).toBe(1);
    expect(start.ofAbout).toBeGreaterThan(5);
    const later = { ...about, 'subject.kind': 'ai-system', 'ai.infers': 'machine-learning', 'role.activities': ['uses'], 'role.eu-nexus': 'established' };
    const scope = pagePosition(q, later, 'scope.military');
    expect(scope.page).toBe(5);
    expect(scope.ofAbout).toBeGreaterThanOrEqual(scope.page);
  });

  it('ends with the same number of pages it estimated once every answer is given', () => {
    for (const example of q.examples) {
      const answers = withSkippedOptional(q, example.answers);
      expect(expectedPages(q, answers).length, example.id).toBe(pagesOnRoute(q, answers));
    }
  });
});
