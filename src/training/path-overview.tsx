import { useLayoutEffect, useRef, type CSSProperties } from 'react';
import type { TrainingStrings } from '../i18n/training-en.ts';
import type { OverviewBox, OverviewLayout } from './path-overview-layout.ts';

type T = Pick<TrainingStrings, 'path' | 'overview'>;

export const MARKS = { asked: '●', 'not-asked': '○', current: '▶', decided: '◆', stopped: '■' } as const;

function boxState(box: OverviewBox, t: T): string {
  if (box.state === 'asked') return `${t.overview.asked}, ${t.path.answer(box.answer ?? '–')}`;
  return box.state === 'current' ? t.path.nextOpen : t.overview.notAsked;
}

interface Props {
  layout: OverviewLayout;
  t: T;
  onZoom: (sectionId: string) => void;
  /** Header lines the browser needed beyond the layout's estimate, by section id. */
  onLines: (lines: Record<string, number>) => void;
}

/** A header line in px (path.css: .ov-section__zoom line-height). */
const LINE = 25;

function px(values: Record<string, number>): CSSProperties {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, `${v}px`])) as CSSProperties;
}

/**
 * Every section at once: a column layout from path-overview-layout.ts at wide
 * screens, a plain list of sections when only one column fits. Each section's
 * header is the button that shows it large.
 */
export function PathOverview({ layout, t, onZoom, onLines }: Props) {
  const placed = layout.columns > 1;
  const list = useRef<HTMLOListElement>(null);
  // The header lines are estimated; where the browser needs more, say so and the layout makes room.
  useLayoutEffect(() => {
    if (!placed || !list.current) return;
    const more: Record<string, number> = {};
    for (const section of layout.sections) {
      const label = [...list.current.querySelectorAll<HTMLElement>('.ov-section__label')].find((el) => el.dataset.section === section.id);
      const needed = label ? Math.round(label.getBoundingClientRect().height / LINE) : 0;
      if (needed > section.headerLines) more[section.id] = needed;
    }
    if (Object.keys(more).length > 0) onLines(more);
  }, [layout, placed, onLines]);
  return (
    <ol
      ref={list}
      className={`path-overview ${placed ? 'path-overview--placed' : 'path-overview--list'}`}
      aria-label={t.overview.label}
      style={placed ? { ...px({ height: layout.height, '--row': layout.rowHeight }), fontSize: `${layout.fontSize}px` } : undefined}
    >
      {layout.sections.map((s) => (
        <li
          key={s.id}
          className={`ov-section${s.asked === 0 ? ' ov-section--not-needed' : ''}`}
          style={placed ? px({ left: s.x, top: s.y, width: s.width, height: s.height }) : undefined}
        >
          <h3 className="ov-section__head" style={placed ? px({ height: s.headerHeight }) : undefined}>
            <button type="button" className="ov-section__zoom" data-section={s.id} onClick={() => onZoom(s.id)}>
              <span className="ov-section__label" data-section={s.id}>
                <span className="ov-section__title">{s.title}</span>{' '}
                <span className="ov-section__status">{s.asked === 0 ? t.overview.notNeeded : t.overview.sectionStatus(s.asked, s.total)}</span>
              </span>
              <span className="visually-hidden">, {t.overview.zoomIn}</span>
            </button>
          </h3>
          <ol className="ov-boxes">
            {s.boxes.map((b) => (
              <li
                key={b.id}
                value={b.number}
                className={`ov-box ov-box--${b.state}${b.mark ? ` ov-box--${b.mark}` : ''}`}
                data-question={b.id}
                data-state={b.state}
                data-mark={b.mark ?? undefined}
                title={`${b.number}. ${b.text}${b.answer !== null ? `\n${t.path.answer(b.answer)}` : ''}`}
              >
                <span className="ov-box__mark" aria-hidden="true">
                  {MARKS[b.mark ?? b.state]}
                </span>
                <span className="ov-box__number">{b.number}</span>
                <span className="ov-box__text">{b.text}</span>
                <span className="visually-hidden">
                  {' '}
                  ({boxState(b, t)})
                </span>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
