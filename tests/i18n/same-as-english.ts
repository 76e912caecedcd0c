/**
 * Values that are rightly the same in another language as in English, by
 * language and key path. Anything else identical to English is an untranslated string.
 */
export const sameAsEnglish: Record<'sv' | 'de', { ui: string[]; report: string[] }> = {
  sv: {
    ui: ['titleSeparator', 'check.changeHidden', 'saved.organisation', 'summary.routeLine', 'details.organisation', 'details.status', 'register.status', 'register.columns.name', 'register.columns.status', 'reassess.movedItem'],
    report: ['cover.organisation', 'details.organisation', 'details.status', 'checklist.status'],
  },
  de: {
    ui: ['titleSeparator', 'check.changeHidden', 'saved.name', 'saved.organisation', 'summary.routeLine', 'details.organisation', 'details.status', 'register.status', 'register.columns.name', 'register.columns.status', 'reassess.movedItem'],
    report: ['cover.organisation', 'details.organisation', 'details.status', 'signOff.name', 'checklist.status'],
  },
};
