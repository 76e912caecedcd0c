/**
 * How answers saved with an older questionnaire version are carried forward.
 *
 * One entry per version step, written as data when a questionnaire version
 * renames a question, renames an option value or removes a question. A file is
 * migrated step by step from its version to the current one; every answer a
 * step touches in a way that may change its meaning is named in a warning so
 * the user can review it.
 */
export interface Migration {
  /** The version this step upgrades from ... */
  from: string;
  /** ... and the version it upgrades to. */
  to: string;
  /** Old question id → new question id. */
  renamedQuestions?: Readonly<Record<string, string>>;
  /** Question id (after renaming) → old option value → new option value. */
  renamedOptions?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Questions that no longer exist; their answers are dropped. */
  removedQuestions?: readonly string[];
  /** Questions kept under the same id whose meaning changed; their answers are kept but need review. */
  changedQuestions?: readonly string[];
  /** Questions new in this version; a migrated file is asked those of them that are on its route. */
  addedQuestions?: readonly string[];
}

/** Per questionnaire id, the steps between its published versions (questionnaires/<id>/CHANGELOG.md says why). */
export const MIGRATIONS: Readonly<Record<string, readonly Migration[]>> = {
  'eu-ai-act': [
    {
      from: '1.0.0',
      to: '1.1.0',
      // One question on the Art 5(1)(h) exception became two: the allowed objective, then the
      // safeguards. The old answer is kept as the objective (to check); the safeguards are asked anew.
      renamedQuestions: { 'art5.rbi-exception': 'art5.rbi-objective' },
      changedQuestions: [
        // The crime-prediction option no longer presumes profiling; the follow-up asks it.
        'art5.screen',
        'art5.rbi-objective',
        // The 6(3) answers were reworded: human review alone is not "no material influence", and a
        // preparatory task is not the listed use itself.
        'derog.conditions',
        'derog.influence',
        // org.type: `public-body` now means a public authority only (bodies governed by public law and EU
        // institutions have their own options) and `private-public-service` a public service provided in
        // its own right (acting on behalf of a public authority has its own option). The values are kept,
        // and the question is listed to answer again. New questions are simply unanswered.
        'org.type',
      ],
    },
    {
      from: '1.1.0',
      to: '1.2.0',
      // No question was renamed or removed and every 1.1.0 answer keeps its meaning (`role.activities`
      // only gained "None of these"). Two questions are new: whether a deployer takes part in a
      // provider's real-world test (Art 60–61), and what the system does when the Annex III areas are
      // not known; they are asked where they are on the file's route.
      addedQuestions: ['deploy.real-world-test', 'annex3.narrowing'],
    },
  ],
};

export interface Migrated {
  answers: Record<string, unknown>;
  warnings: string[];
  /** Question ids whose answers the user should look at again. */
  review: string[];
  /** Questions added by the versions stepped over, with the version that added them. */
  added: { id: string; version: string }[];
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

function renameValue(value: unknown, map: Readonly<Record<string, string>>): { value: unknown; changed: boolean } {
  const rename = (v: unknown) => (typeof v === 'string' && Object.hasOwn(map, v) ? map[v]! : v);
  const next = Array.isArray(value) ? value.map(rename) : rename(value);
  return { value: next, changed: JSON.stringify(next) !== JSON.stringify(value) };
}

/** Applies the steps from `from` up to `to`; a missing step leaves the answers as they are, with a warning. */
export function migrateAnswers(answers: Record<string, unknown>, from: string, to: string, steps: readonly Migration[]): Migrated {
  let current = new Map(Object.entries(answers));
  const warnings: string[] = [];
  const review = new Set<string>();
  const added: { id: string; version: string }[] = [];
  let version = from;
  while (compareVersions(version, to) < 0) {
    const step = steps.find((s) => s.from === version);
    if (!step) {
      warnings.push(`no migration is recorded from questionnaire version ${version} to ${to}: check every answer`);
      break;
    }
    const next = new Map<string, unknown>();
    for (const [id, value] of current) {
      if (step.removedQuestions?.includes(id)) {
        warnings.push(`the question '${id}' was removed in version ${step.to}; its answer was left out`);
        continue;
      }
      const newId = step.renamedQuestions && Object.hasOwn(step.renamedQuestions, id) ? step.renamedQuestions[id]! : id;
      const options = step.renamedOptions && Object.hasOwn(step.renamedOptions, newId) ? step.renamedOptions[newId] : undefined;
      const renamed = options ? renameValue(value, options) : { value, changed: false };
      if (renamed.changed) review.add(newId);
      if (step.changedQuestions?.includes(newId)) review.add(newId);
      next.set(newId, renamed.value);
    }
    for (const id of step.addedQuestions ?? []) if (!current.has(id)) added.push({ id, version: step.to });
    current = next;
    version = step.to;
  }
  return { answers: Object.fromEntries(current), warnings, review: [...review], added };
}
