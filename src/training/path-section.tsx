import type { RefObject } from 'react';
import type { TrainingStrings } from '../i18n/training-en.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import type { CaseWalk } from './case-walk.ts';
import type { PathLayout } from './path-layout.ts';
import { MARKS } from './path-overview.tsx';

interface Props {
  q: Questionnaire;
  sectionId: string;
  walk: CaseWalk;
  layout: PathLayout;
  t: Pick<TrainingStrings, 'path' | 'overview'>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onBack: () => void;
  onZoom: (sectionId: string) => void;
}

/** One section of the path shown large: every question in full, whether it was asked, the answer, and the marks. */
export function PathSection({ q, sectionId, walk, layout, t, headingRef, onBack, onZoom }: Props) {
  const sections = q.sections.filter((s) => q.questions.some((x) => x.section === s.id));
  const at = sections.findIndex((s) => s.id === sectionId);
  const section = sections[at]!;
  const ids = new Set(q.questions.filter((x) => x.section === sectionId).map((x) => x.id));
  const nodes = layout.nodes.filter((n) => ids.has(n.id));
  const answers = new Map(walk.steps.map((s) => [s.questionId, s.answer.join(', ') || '–']));
  const text = new Map(q.questions.map((x) => [x.id, x.text]));
  const previous = sections[at - 1];
  const next = sections[at + 1];
  return (
    <section className="path-zoom" aria-labelledby="path-zoom-heading">
      <button type="button" className="button button--secondary path-zoom__back" onClick={onBack}>
        {t.overview.back}
      </button>
      <h3 className="heading-l" id="path-zoom-heading" ref={headingRef} tabIndex={-1}>
        {t.overview.sectionHeading(at + 1, sections.length, section.title)}
      </h3>
      {nodes.every((n) => n.state === 'not-asked') && <p className="path-zoom__none">{t.overview.sectionNotNeeded}</p>}
      <ol className="path-zoom__list">
        {nodes.map((n) => (
          <li key={n.id} value={n.number} className={`path-zoom__item path-zoom__item--${n.state}`} data-question={n.id} data-state={n.state}>
            <p className="path-zoom__question">
              <span className="path-zoom__state">
                <span aria-hidden="true">{MARKS[n.mark?.kind ?? n.state]}</span> {n.state === 'asked' ? t.overview.asked : n.state === 'current' ? t.path.nextOpen : t.overview.notAsked}
              </span>{' '}
              <span className="path-zoom__number">{n.number}.</span> {text.get(n.id)}
            </p>
            {n.state === 'asked' && <p className="path-zoom__answer">{t.path.answer(answers.get(n.id) ?? '–')}</p>}
            {n.dependsOn.length > 0 && <p className="path-zoom__if">{t.overview.dependsOn(n.dependsOn.join(', '))}</p>}
            {n.mark && <p className="path-zoom__mark">{n.mark.text}</p>}
          </li>
        ))}
      </ol>
      <ul className="path-zoom__steps">
        {previous && (
          <li>
            <button type="button" className="button button--secondary" onClick={() => onZoom(previous.id)}>
              ← {t.overview.previous(previous.title)}
            </button>
          </li>
        )}
        {next && (
          <li>
            <button type="button" className="button button--secondary" onClick={() => onZoom(next.id)}>
              {t.overview.next(next.title)} →
            </button>
          </li>
        )}
      </ul>
    </section>
  );
}
