/** Answer sets for the wizard-small fixture, named for the outcome they give. */
import type { Answers } from '../engine/answers.ts';

const about = { 'system.name': 'Pupil allocation', 'system.organisation': 'Region North' };

export const smallAnswers = {
  high: { ...about, 'scope.military': 'no', 'uses.areas': ['education'], 'uses.profiling': 'yes', 'transparency.chatbot': 'no', 'transparency.notes': '' },
  provisionalHigh: { ...about, 'scope.military': 'no', 'uses.areas': ['education'], 'uses.profiling': 'unknown', 'transparency.chatbot': 'no', 'transparency.notes': '' },
  minimal: { ...about, 'scope.military': 'no', 'uses.areas': ['none'], 'transparency.chatbot': 'no', 'transparency.notes': '' },
  limited: { ...about, 'scope.military': 'no', 'uses.areas': ['none'], 'transparency.chatbot': 'yes', 'transparency.notes': '' },
  outOfScope: { ...about, 'scope.military': 'yes' },
} satisfies Record<string, Answers>;
