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
import { dueDates, registerRows } from './register-rows.ts';
import { readRegisterInputs } from './register-store.ts';

/** Rows drawn at a time; sorting, filtering, the timeline and the exports cover every row. */
export const PAGE_SIZE = 50;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function useRegister(questionnaire: Questionnaire, asOf: string) {
  const [revision, setRevision] = useState(0);
  const [filter, setFilter] = useState<RegisterFilter>({});
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'nextDeadline', descending: false });
  const all = useMemo(() => {
    void revision;
    const { inputs } = readRegisterInputs(questionnaire);
    return registerRows(questionnaire, inputs, asOf);
  }, [questionnaire, asOf, revision]);
  const rows = useMemo(() => sortRows(filterRows(all, filter), sort.key, sort.descending), [all, filter, sort]);
  const [pageIndex, setPageIndex] = useState(0);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const page = Math.min(pageIndex, pages - 1);
  const shown = useMemo(() => rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE), [rows, page]);
  const due = useMemo(() => dueDates(rows), [rows]);
  const stamp = asOf.slice(0, 10);
  return {
    all,
    rows,
    due,
    /** The rows on the page shown, and where they are among all filtered rows. */
    shown,
    page: { index: page, count: pages, from: rows.length === 0 ? 0 : page * PAGE_SIZE + 1, to: page * PAGE_SIZE + shown.length },
    setPage: setPageIndex,
    filter,
    setFilter: (f: RegisterFilter) => {
      setFilter(f);
      setPageIndex(0);
    },
    sort,
    setSort: (key: SortKey) => {
      setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }));
      setPageIndex(0);
    },
    refresh: () => setRevision((n) => n + 1),
    downloadCsv: () => downloadText(`ai-register-${stamp}.csv`, registerCsv(rows), 'text/csv;charset=utf-8'),
    downloadXlsx: async (sheetNames: { systems: string; due: string }) => {
      const { registerXlsx } = await import('./register-xlsx.ts');
      downloadBytes(`ai-register-${stamp}.xlsx`, await registerXlsx(rows, sheetNames), XLSX_TYPE);
    },
    downloadBackup: () => downloadText(`ai-assessments-backup-${stamp}.json`, backupFile(savedFiles(), new Date().toISOString())),
  };
}
