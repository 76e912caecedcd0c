/**
 * What falls due when across the systems shown: a picture (one bar per date,
 * its height the number of systems) with the same facts as a table beneath it,
 * which is the picture's text alternative. Everything comes from dueDates().
 */
import { useState } from 'react';
import { formatDate } from '../i18n/format-date.ts';
import { useStrings } from '../i18n/use-strings.ts';
import type { DueDate } from './register-rows.ts';

const BAR_W = 96;
const GAP = 24;
const H = 160;

/** The systems with duties on a date: a count, and the list drawn when opened, so 500 systems stay quick to show. */
function DueSystems({ systems }: { systems: DueDate['systems'] }) {
  const t = useStrings();
  const r = t.register;
  const [open, setOpen] = useState(false);
  const duties = systems.reduce((n, s) => n + s.obligations.length, 0);
  return (
    <details className="register-timeline__systems" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{r.dueSummary(systems.length, duties)}</summary>
      {open && (
        <ul>
          {systems.map((s) => <DueSystem key={s.id} name={s.name || t.saved.unnamed} ids={s.obligations} titles={s.titles} />)}
        </ul>
      )}
    </details>
  );
}

/** One system's duties on a date, drawn when opened. */
function DueSystem({ name, ids, titles }: { name: string; ids: readonly string[]; titles: readonly string[] }) {
  const r = useStrings().register;
  const [open, setOpen] = useState(false);
  return (
    <li>
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary><bdi>{name}</bdi>: {r.duties(ids.length)}</summary>
        {open && <ul>{titles.map((title, i) => <li key={ids[i]}>{title}</li>)}</ul>}
      </details>
    </li>
  );
}

export function RegisterTimeline({ due }: { due: readonly DueDate[] }) {
  const t = useStrings();
  const r = t.register;
  if (due.length === 0) return <p>{r.timelineNone}</p>;
  const max = Math.max(...due.map((d) => d.systems.length));
  const width = due.length * (BAR_W + GAP) + GAP;
  const systems = new Set(due.flatMap((d) => d.systems.map((s) => s.id))).size;
  return (
    <>
      <figure className="register-timeline">
        <svg viewBox={`0 0 ${width} ${H + 56}`} width="100%" style={{ maxWidth: `${width}px` }} role="img" aria-labelledby="register-timeline-desc">
          <desc id="register-timeline-desc">{r.timelinePicture(due.length, systems)}</desc>
          <line x1={GAP / 2} x2={width - GAP / 2} y1={H + 8} y2={H + 8} className="register-timeline__axis" />
          {due.map((d, i) => {
            const h = Math.max(6, Math.round((d.systems.length / max) * (H - 28)));
            const x = GAP + i * (BAR_W + GAP);
            return (
              <g key={d.date}>
                <rect x={x} y={H + 8 - h} width={BAR_W} height={h} className="register-timeline__bar" />
                <text x={x + BAR_W / 2} y={H + 2 - h} textAnchor="middle" className="register-timeline__count">{d.systems.length}</text>
                <text x={x + BAR_W / 2} y={H + 30} textAnchor="middle" className="register-timeline__date">{formatDate(d.date, t.lang)}</text>
                <text x={x + BAR_W / 2} y={H + 48} textAnchor="middle" className="register-timeline__days">{r.inDays(d.days)}</text>
              </g>
            );
          })}
        </svg>
      </figure>
      <table className="table">
        <caption className="table__caption">{r.timelineCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{r.timelineDate}</th>
            <th scope="col">{r.timelineSystems}</th>
          </tr>
        </thead>
        <tbody>
          {due.map((d) => (
            <tr key={d.date}>
              <th scope="row">
                <time dateTime={d.date}>{formatDate(d.date, t.lang)}</time>
                <div className="muted">{r.inDays(d.days)}</div>
              </th>
              <td>
                <DueSystems systems={d.systems} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
