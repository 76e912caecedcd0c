import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Answers } from '../engine/answers.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { useFocusHeading } from '../components/ui/use-focus-heading.ts';
import { usePageTitle } from '../components/ui/use-page-title.ts';
import { walkAnswers } from './case-walk.ts';
import { PathChoice } from './path-choice.tsx';
import { layoutPath } from './path-layout.ts';
import { PathOutcome } from './path-outcome.tsx';
import { PathOverview } from './path-overview.tsx';
import { layoutOverview } from './path-overview-layout.ts';
import { PathSection } from './path-section.tsx';
import { trainingToHash } from './training-route.ts';
import { useTrainingStrings } from './use-training-strings.ts';
import './path.css';

interface Props {
  questionnaire: Questionnaire;
  currentAnswers: Answers;
  /** Show a worked example's path instead of the current assessment's. */
  exampleId: string | null;
  /** The section shown large (from the address), or null for the overview. */
  sectionId: string | null;
}

const NONE: Record<string, number> = {};

/** Width of the overview's box and the height left for it under its top, kept up to date on resize. */
function useRoom(ref: RefObject<HTMLElement | null>, active: boolean) {
  const [room, setRoom] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    if (!active) return;
    const measure = () => {
      const el = ref.current;
      if (!el) return;
      const rect = el.getBoundingClientRect();
      // Under the page's main area (its foot) nothing depends on the overview; in the main area only
      // the path as text follows it, and that is hidden while the overview is in columns.
      const main = el.closest('main') ?? el;
      const below = document.body.getBoundingClientRect().bottom - main.getBoundingClientRect().bottom;
      const next = { width: Math.floor(rect.width), height: Math.floor(window.innerHeight - (rect.top + window.scrollY) - below - 2) };
      setRoom((old) => (old.width === next.width && old.height === next.height ? old : next));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [ref, active]);
  return room;
}

/** The questionnaire's route on one screen, a section of it shown large, and an ordered list of what was asked. */
export function PathPage({ questionnaire: q, currentAnswers, exampleId, sectionId }: Props) {
  const t = useTrainingStrings();
  const example = exampleId ? q.examples.find((e) => e.id === exampleId) : undefined;
  const walk = useMemo(() => walkAnswers(q, example ? example.answers : currentAnswers), [q, example, currentAnswers]);
  const layout = useMemo(
    () => layoutPath(q, walk, { answer: t.path.answer, decidedHere: t.path.decidedHere, stoppedHere: t.path.stoppedHere, nextOpen: t.path.nextOpen }),
    [q, walk, t],
  );
  const zoomed = sectionId && q.sections.some((s) => s.id === sectionId) && q.questions.some((x) => x.section === sectionId) ? sectionId : null;
  const overviewRef = useRef<HTMLDivElement>(null);
  const room = useRoom(overviewRef, zoomed === null);
  const [seen, setSeen] = useState<{ width: number; lines: Record<string, number> }>({ width: 0, lines: {} });
  const seenLines = seen.width === room.width ? seen.lines : NONE;
  const overview = useMemo(() => layoutOverview(q, walk, room, t.overview.sectionStatus, undefined, seenLines), [q, walk, room, t, seenLines]);
  const onLines = useCallback(
    (more: Record<string, number>) => setSeen((old) => ({ width: room.width, lines: { ...(old.width === room.width ? old.lines : {}), ...more } })),
    [room.width],
  );
  const headingRef = useFocusHeading<HTMLHeadingElement>(`path:${exampleId}`);
  const zoomHeading = useRef<HTMLHeadingElement>(null);
  usePageTitle(t.path.heading);
  const whose = example ? t.path.example(example.title) : t.path.current;
  const finished = walk.route.current === null && walk.steps.length > 0;
  const go = (section: string | null) => {
    window.location.hash = trainingToHash({ kind: 'path', exampleId: example?.id ?? null, sectionId: section });
  };

  // Zooming in moves focus to the section's heading; zooming out returns it to that section's button.
  const shown = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    const before = shown.current;
    shown.current = zoomed;
    if (before === undefined || before === zoomed) return;
    if (zoomed) zoomHeading.current?.focus();
    else if (before) [...(overviewRef.current?.querySelectorAll<HTMLButtonElement>('button[data-section]') ?? [])].find((b) => b.dataset.section === before)?.focus();
  }, [zoomed]);

  return (
    <main id="main" className="main main--wide training path-page" tabIndex={-1}>
      <div className="path-top">
        <h1 className="heading-xl path-page__heading" ref={headingRef} tabIndex={-1}>
          {t.path.heading}
        </h1>
        <p className="path-top__lead">{t.overview.pointHint}</p>
        <PathChoice key={example?.id ?? ''} q={q} exampleId={example?.id ?? null} sectionId={zoomed} t={t.path} />
      </div>
      <PathOutcome q={q} walk={walk} layout={layout} whose={whose} t={t} />
      {sectionId && !zoomed && (
        <p className="path-notice" role="status">
          {t.overview.unknownSection(sectionId)}
        </p>
      )}
      {zoomed ? (
        <PathSection q={q} sectionId={zoomed} walk={walk} layout={layout} t={t} headingRef={zoomHeading} onBack={() => go(null)} onZoom={go} />
      ) : (
        <div className="path-overview-box" ref={overviewRef}>
          <PathOverview layout={overview} t={t} onZoom={go} onLines={onLines} />
        </div>
      )}

      <div className={zoomed || overview.columns === 1 ? 'path-text' : 'path-text visually-hidden'}>
        <h2 className="heading-l">{t.path.textHeading}</h2>
        <ol className="path-list">
          {walk.steps.map((step) => {
            const node = layout.nodes.find((n) => n.id === step.questionId)!;
            return (
              <li key={step.questionId} value={node.number}>
                {step.question} <span className="path-list__answer">{t.path.answer(step.answer.join(', ') || '–')}</span>
                {node.mark && (
                  <>
                    {' '}
                    <strong>{node.mark.text}</strong>
                  </>
                )}
              </li>
            );
          })}
        </ol>
        {finished && <p className="heading-m">{t.path.outcome(walk.assessment.outcome.title)}</p>}
      </div>
    </main>
  );
}
