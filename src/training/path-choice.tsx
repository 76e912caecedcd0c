import { useState } from 'react';
import type { TrainingStrings } from '../i18n/training-en.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { trainingToHash } from './training-route.ts';

export /** Which path to show: the current assessment or a worked example (keeps the section shown large). */
function PathChoice({ q, exampleId, sectionId, t }: { q: Questionnaire; exampleId: string | null; sectionId: string | null; t: TrainingStrings['path'] }) {
  const [choice, setChoice] = useState(exampleId ?? '');
  return (
    <form
      className="path-choice"
      onSubmit={(event) => {
        event.preventDefault();
        window.location.hash = trainingToHash({ kind: 'path', exampleId: choice || null, sectionId });
      }}
    >
      <label className="label" htmlFor="path-whose">
        {t.whose}
      </label>
      <div className="path-choice__row">
        <select id="path-whose" className="select" value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">{t.current}</option>
          {q.examples.map((e) => (
            <option key={e.id} value={e.id}>
              {t.example(e.title)}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--secondary">
          {t.show}
        </button>
      </div>
    </form>
  );
}
