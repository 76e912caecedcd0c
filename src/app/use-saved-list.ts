/** The saved assessments as rows for the list, and the list's actions. */
import { useCallback, useState } from 'react';
import { headline } from '../engine/headline.ts';
import { formatDateTime } from '../i18n/format-date.ts';
import { useStrings } from '../i18n/use-strings.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { downloadText } from '../storage/download-file.ts';
import { storageStatus } from '../storage/browser-storage.ts';
import { duplicateSaved, listSaved, loadSaved, openSaved, removeSaved, renameSaved, workOf } from '../storage/saved-assessments.ts';
import type { SavedRowData } from '../steps/saved/saved-row.tsx';
import { exportWork } from './export-work.ts';
import { reportField } from './selectors.ts';
import type { WizardActor } from './wizard-context.ts';

export function useSavedList(actor: WizardActor, q: Questionnaire, currentId: string) {
  const t = useStrings();
  const [list, setList] = useState(() => listSaved(q));
  const refresh = () => setList(listSaved(q));
  const rows: SavedRowData[] = list.entries.map((e) => {
    const h = headline(q, e.answers);
    const name = e.name ?? reportField(q, e.answers, 'system-name') ?? t.saved.unnamed;
    return {
      id: e.id,
      name,
      organisation: reportField(q, e.answers, 'organisation') ?? '',
      savedAt: formatDateTime(e.savedAt, t.lang),
      outcome: h.complete ? `${h.title}${h.provisional ? ` (${t.result.provisionalShort})` : ''}` : t.saved.notFinished,
      isCurrent: e.id === currentId,
    };
  });
  const nameOf = (id: string) => rows.find((r) => r.id === id)?.name ?? t.saved.unnamed;
  const open = useCallback(
    (id: string) => {
      const read = openSaved(q, id);
      if (read?.ok) actor.send({ type: 'open', work: workOf(read.entry), warnings: read.entry.warnings });
    },
    [actor, q],
  );
  return {
    rows,
    damaged: list.damaged.map((d) => ({ key: d.key, reason: d.reason })),
    actions: {
      onOpen: open,
      onDownload: (id: string) => {
        const read = loadSaved(q, id);
        if (read?.ok) exportWork(q, workOf(read.entry), read.entry.name);
      },
      // A copy or a rename can fail for full storage; a delete can make room: the banner follows.
      onDuplicate: (id: string) => {
        actor.send({ type: 'autosave.status', status: duplicateSaved(q, id, actor.getSnapshot().context.newId(), t.saved.copyOf(nameOf(id))) });
        refresh();
      },
      onRename: (id: string, name: string) => {
        actor.send({ type: 'autosave.status', status: renameSaved(q, id, name) });
        refresh();
      },
      onDelete: (id: string) => {
        removeSaved(id);
        actor.send({ type: 'discard', id });
        actor.send({ type: 'autosave.status', status: storageStatus() });
        refresh();
      },
    },
    onDownloadDamaged: (key: string) => {
      const raw = list.damaged.find((d) => d.key === key)?.raw ?? '';
      downloadText(`${key.replace(/[^a-z0-9-]+/gi, '-')}.txt`, raw, 'text/plain');
    },
    onDeleteDamaged: (key: string) => {
      removeSaved(key);
      actor.send({ type: 'autosave.status', status: storageStatus() });
      refresh();
    },
  };
}
