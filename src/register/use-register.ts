/**
 * The register page's data: the saved assessments as rows (engine results kept
 * per answers, so filtering and re-rendering never re-run the engine), the
 * filter and sort the user chose, and the exports.
 */
import { useMemo, useState } from 'react';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { backupFile } from '../storage/backup.ts';
import { downloadBytes, downloadText } from '../storage/download-file.ts';
import { savedFiles } from '../storage/saved-assessments.ts';
import { registerCsv } from './register-csv.ts';
import { filterRows, sortRows, type RegisterFilter, type SortKey } from './register-filter.ts';
import { dueDates, registerRows, type ListedAssessment } from './register-rows.ts';
import { readRegisterInputs } from './register-store.ts';

const caches = new WeakMap<Questionnaire, Map<string, ListedAssessment>>();

function cacheFor(q: Questionnaire): Map<string, ListedAssessment> {
  let cache = caches.get(q);
  if (!cache) {
    cache = new Map();
    caches.set(q, cache);
  }
  return cache;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function useRegister(questionnaire: Questionnaire, asOf: string) {
  const [revision, setRevision] = useState(0);
  const [filter, setFilter] = useState<RegisterFilter>({});
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'nextDeadline', descending: false });
  const all = useMemo(() => {
    void revision;
    const { inputs } = readRegisterInputs(questionnaire);
    return registerRows(questionnaire, inputs, asOf, cacheFor(questionnaire));
  }, [questionnaire, asOf, revision]);
  const rows = useMemo(() => sortRows(filterRows(all, filter), sort.key, sort.descending), [all, filter, sort]);
  const due = useMemo(() => dueDates(rows), [rows]);
  const stamp = asOf.slice(0, 10);
  return {
    all,
    rows,
    due,
    filter,
    setFilter,
    sort,
    setSort: (key: SortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false })),
    refresh: () => setRevision((n) => n + 1),
    downloadCsv: () => downloadText(`ai-register-${stamp}.csv`, registerCsv(rows), 'text/csv;charset=utf-8'),
    downloadXlsx: async (sheetNames: { systems: string; due: string }) => {
      const { registerXlsx } = await import('./register-xlsx.ts');
      downloadBytes(`ai-register-${stamp}.xlsx`, await registerXlsx(rows, sheetNames), XLSX_TYPE);
    },
    downloadBackup: () => downloadText(`ai-assessments-backup-${stamp}.json`, backupFile(savedFiles(), new Date().toISOString())),
  };
}
