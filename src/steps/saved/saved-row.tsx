import { useState } from 'react';
import { useStrings } from '../../i18n/use-strings.ts';
import { isolate, UserText } from '../../components/user-text.tsx';
import { VisuallyHidden } from '../../components/ui/visually-hidden.tsx';

export interface SavedRowData {
  id: string;
  name: string;
  organisation: string;
  savedAt: string;
  outcome: string;
  isCurrent: boolean;
}

export interface SavedRowActions {
  onOpen: (id: string) => void;
  /** Downloads its assessment file, to keep or hand to a colleague. */
  onDownload: (id: string) => void;
  onDuplicate: (id: string) => void;
  onRename: (id: string, name: string) => void;
  onDelete: (id: string) => void;
}

/** One saved assessment with open, duplicate, rename and delete (delete asks first). */
export function SavedRow({ row, actions }: { row: SavedRowData; actions: SavedRowActions }) {
  const t = useStrings();
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const [name, setName] = useState(row.name);
  const inputId = `rename-${row.id}`;
  return (
    <li className="saved-item">
      <h2 className="heading-s saved-item__name">
        <UserText>{row.name}</UserText> {row.isCurrent && <span className="muted">{t.saved.current}</span>}
      </h2>
      <dl className="saved-item__meta">
        <div><dt>{t.saved.organisation}</dt><dd>{row.organisation ? <UserText>{row.organisation}</UserText> : '–'}</dd></div>
        <div><dt>{t.saved.date}</dt><dd>{row.savedAt}</dd></div>
        <div><dt>{t.saved.outcome}</dt><dd>{row.outcome}</dd></div>
      </dl>
      {mode === 'rename' && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            actions.onRename(row.id, name);
            setMode('view');
          }}
        >
          <label className="label" htmlFor={inputId}>{t.saved.renameLabel(isolate(row.name))}</label>
          <input className="input" id={inputId} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} autoFocus />
          <div className="button-group">
            <button type="submit" className="button">{t.saved.save}</button>
            <button type="button" className="button button--secondary" onClick={() => setMode('view')}>{t.saved.cancel}</button>
          </div>
        </form>
      )}
      {mode === 'delete' && (
        <div className="inline-form" role="group" aria-label={t.saved.confirmDelete(isolate(row.name))}>
          <p className="user-text-block"><strong>{t.saved.confirmDelete(isolate(row.name))}</strong></p>
          <div className="button-group">
            <button type="button" className="button button--warning" onClick={() => actions.onDelete(row.id)} autoFocus>{t.saved.confirmDeleteYes}</button>
            <button type="button" className="button button--secondary" onClick={() => setMode('view')}>{t.saved.cancel}</button>
          </div>
        </div>
      )}
      {mode === 'view' && (
        <ul className="saved-item__actions">
          {[
            { label: t.saved.open, run: () => actions.onOpen(row.id) },
            { label: t.saved.download, run: () => actions.onDownload(row.id) },
            { label: t.saved.duplicate, run: () => actions.onDuplicate(row.id) },
            { label: t.saved.rename, run: () => setMode('rename') },
            { label: t.saved.remove, run: () => setMode('delete') },
          ].map((a) => (
            <li key={a.label}>
              <button type="button" className="link-button" onClick={a.run}>
                {a.label}{' '}
                <VisuallyHidden><UserText>{row.name}</UserText></VisuallyHidden>
              </button>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
