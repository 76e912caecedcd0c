import { useState } from 'react';
import { useStrings } from '../../i18n/use-strings.ts';

type State = { kind: 'closed' } | { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; text: string };

/** The questionnaire's changelog, fetched only when the reader opens it (never on the start page). */
export function LawChanges({ version }: { version: string }) {
  const t = useStrings();
  const [state, setState] = useState<State>({ kind: 'closed' });
  const load = () => {
    if (state.kind === 'loading' || state.kind === 'loaded') return;
    setState({ kind: 'loading' });
    import('../../../questionnaires/eu-ai-act/CHANGELOG.md?raw').then(
      (m: { default: string }) => setState({ kind: 'loaded', text: m.default }),
      () => setState({ kind: 'failed' }),
    );
  };
  return (
    <details className="law-changes" onToggle={(e) => (e.currentTarget.open ? load() : undefined)}>
      <summary>{t.about.changesSummary(version)}</summary>
      <p className="small">{t.about.changesLanguage}</p>
      {state.kind === 'loading' && <p role="status">{t.about.changesLoading}</p>}
      {state.kind === 'failed' && <p role="alert">{t.about.changesFailed}</p>}
      {state.kind === 'loaded' && <Changelog text={state.text} />}
    </details>
  );
}

/** The changelog's few Markdown forms: headings (## / ###), bullets (-) and paragraphs; code and emphasis marks are dropped. */
function Changelog({ text }: { text: string }) {
  text = text.replace(/[`*]/g, '');
  const blocks: { kind: 'h' | 'hh' | 'li' | 'p'; text: string }[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line.startsWith('# ') || line === '') continue;
    if (line.startsWith('### ')) blocks.push({ kind: 'hh', text: line.slice(4) });
    else if (line.startsWith('## ')) blocks.push({ kind: 'h', text: line.slice(3) });
    else if (line.startsWith('- ')) blocks.push({ kind: 'li', text: line.slice(2) });
    else if (line.startsWith('  ') && blocks.at(-1)?.kind === 'li') blocks.at(-1)!.text += ` ${line.trim()}`;
    else blocks.push({ kind: 'p', text: line });
  }
  const out: React.ReactNode[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length) out.push(<ul key={`ul${out.length}`}>{items.map((i) => <li key={i}>{i}</li>)}</ul>);
    items = [];
  };
  for (const b of blocks) {
    if (b.kind === 'li') {
      items.push(b.text);
      continue;
    }
    flush();
    if (b.kind === 'h') out.push(<h3 key={`h${out.length}`} className="heading-s">{b.text}</h3>);
    else if (b.kind === 'hh') out.push(<h4 key={`h${out.length}`} className="heading-xs">{b.text}</h4>);
    else out.push(<p key={`p${out.length}`}>{b.text}</p>);
  }
  flush();
  return <div lang="en">{out}</div>;
}
