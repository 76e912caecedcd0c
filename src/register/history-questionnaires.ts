/**
 * Older questionnaire versions (snapshots kept in questionnaires/history/) and
 * the questionnaire's changelog, loaded only when an assessment saved under an
 * older version is re-assessed.
 */
import type { Questionnaire } from '../questionnaire/schema.ts';

const snapshots = import.meta.glob<Questionnaire>('../../questionnaires/history/eu-ai-act/*.json', { import: 'default' });
const changelogs = import.meta.glob<string>('../../questionnaires/eu-ai-act/CHANGELOG.md', { query: '?raw', import: 'default' });

export async function loadSnapshot(version: string): Promise<Questionnaire | null> {
  const load = Object.entries(snapshots).find(([path]) => path.endsWith(`/${version}.json`))?.[1];
  return load ? load() : null;
}

export async function loadChangelog(): Promise<string> {
  const load = Object.values(changelogs)[0];
  return load ? load() : '';
}
