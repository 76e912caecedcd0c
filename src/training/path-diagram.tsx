import type { TrainingStrings } from '../i18n/training-en.ts';
import type { PathLayout } from './path-layout.ts';

const MAX_REFS = 4;

function refsText(numbers: number[], t: TrainingStrings['path']): string {
  const shown = numbers.slice(0, MAX_REFS).map((n) => `${n}`).join(', ');
  return t.askedIf(numbers.length > MAX_REFS ? `${shown} ${t.moreRefs(numbers.length - MAX_REFS)}` : shown);
}

/** The decision path as an SVG: bands per section, a box per question, branch arcs, the route line and its marks. */
export function PathDiagram({ layout, title, t }: { layout: PathLayout; title: string; t: TrainingStrings['path'] }) {
  const { nodeX, nodeWidth, spineX, lineHeight: line } = layout;
  return (
    <svg
      className="path-svg"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      role="img"
      aria-labelledby="path-svg-title"
      focusable="false"
    >
      <title id="path-svg-title">{title}</title>
      <defs>
        <marker id="arrow-taken" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 L10 5 L0 10 z" fill="#0b0c0c" />
        </marker>
        <marker id="arrow-not" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 L10 5 L0 10 z" fill="#505a5f" />
        </marker>
      </defs>
      {layout.bands.map((band) => (
        <rect key={band.id} x={0} y={band.y} width={layout.width} height={band.height} fill="#f3f2f1" />
      ))}
      {layout.arcs.map((arc) => (
        <path
          key={`${arc.from}-${arc.to}`}
          d={`M ${nodeX} ${arc.y1} C ${nodeX - arc.depth} ${arc.y1}, ${nodeX - arc.depth} ${arc.y2}, ${nodeX - 2} ${arc.y2}`}
          fill="none"
          stroke={arc.taken ? '#0b0c0c' : '#505a5f'}
          strokeWidth={arc.taken ? 3.5 : 2}
          strokeDasharray={arc.taken ? undefined : '7 6'}
          markerEnd={`url(#${arc.taken ? 'arrow-taken' : 'arrow-not'})`}
        />
      ))}
      {layout.bands.map((band) => (
        <g key={band.id} className="path-band">
          <rect x={0} y={band.y} width={layout.width} height={44} fill="#0b0c0c" />
          <text x={16} y={band.y + 31} className="path-band__title" fill="#fff">
            {band.title}
          </text>
        </g>
      ))}
      {layout.route && <line x1={spineX} x2={spineX} y1={layout.route.y1} y2={layout.route.y2} stroke="#0b0c0c" strokeWidth={10} strokeLinecap="round" />}
      {layout.nodes.map((node) => {
        const asked = node.state === 'asked';
        const current = node.state === 'current';
        let row = 0;
        const nextY = () => node.y + 12 + line * ++row - 8;
        const mid = node.y + node.height / 2;
        return (
          <g key={node.id} className={`path-node path-node--${node.state}`} data-question={node.id} data-state={node.state} data-mark={node.mark?.kind}>
            <rect
              x={nodeX}
              y={node.y}
              width={nodeWidth}
              height={node.height}
              rx={6}
              fill={asked ? '#ffffff' : current ? '#ffffff' : '#f8f8f8'}
              stroke={node.mark ? '#1d70b8' : asked ? '#0b0c0c' : '#505a5f'}
              strokeWidth={node.mark ? 6 : asked ? 4 : current ? 4 : 2}
              strokeDasharray={asked ? undefined : current ? '2 6' : '10 7'}
            />
            {node.lines.map((text) => (
              <text key={text} x={nodeX + 16} y={nextY()} className={asked ? 'path-node__text path-node__text--asked' : 'path-node__text'}>
                {text}
              </text>
            ))}
            {node.answer && (
              <text x={nodeX + 16} y={nextY()} className="path-node__answer">
                {node.answer}
              </text>
            )}
            {node.dependsOn.length > 0 && (
              <text x={nodeX + 16} y={nextY()} className="path-node__if">
                {refsText(node.dependsOn, t)}
              </text>
            )}
            {node.mark &&
              node.mark.lines.map((text) => (
                <text key={text} x={nodeX + 16} y={nextY()} className="path-node__mark">
                  {text}
                </text>
              ))}
            {(asked || current) && (
              <>
                <line x1={nodeX + nodeWidth} x2={spineX} y1={mid} y2={mid} stroke="#0b0c0c" strokeWidth={asked ? 4 : 2} strokeDasharray={asked ? undefined : '2 6'} />
                {node.mark?.kind === 'stopped' ? (
                  <rect x={spineX - 18} y={mid - 18} width={36} height={36} fill="#1d70b8" stroke="#0b0c0c" strokeWidth={3} />
                ) : node.mark ? (
                  <path d={`M ${spineX} ${mid - 22} L ${spineX + 22} ${mid} L ${spineX} ${mid + 22} L ${spineX - 22} ${mid} z`} fill="#1d70b8" stroke="#0b0c0c" strokeWidth={3} />
                ) : (
                  <circle cx={spineX} cy={mid} r={asked ? 11 : 9} fill={asked ? '#0b0c0c' : '#fff'} stroke="#0b0c0c" strokeWidth={3} />
                )}
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}
