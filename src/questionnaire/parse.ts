/**
 * Validates a raw questionnaire object (from YAML or JSON) with zod, then checks
 * its integrity. Every error names the file, the item and the field.
 */
import { Questionnaire } from './schema.ts';
import { checkIntegrity } from './check-integrity.ts';

export type LoadResult = { ok: true; questionnaire: Questionnaire } | { ok: false; errors: string[] };

/** Where a list item came from, so an error can point at the file a person edits. */
export interface ItemSource {
  key: string;
  index: number;
  file: string;
  itemIndex: number;
}

interface ParseContext {
  sources?: ItemSource[];
  mainFile?: string;
}

function describePath(raw: unknown, path: PropertyKey[], ctx: ParseContext): string {
  const [key, index, ...rest] = path;
  const source = ctx.sources?.find((s) => s.key === key && s.index === index);
  const field = rest.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  if (source && typeof key === 'string' && typeof index === 'number') {
    const item = (raw as Record<string, unknown[]>)[key]?.[index] as { id?: unknown } | undefined;
    const id = typeof item?.id === 'string' ? ` (id ${item.id})` : '';
    return `${source.file}: ${key} item ${source.itemIndex + 1}${id}${field ? ` › ${field}` : ''}`;
  }
  const where = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  return `${ctx.mainFile ?? 'questionnaire'}${where ? `: ${where}` : ''}`;
}

export function parseQuestionnaire(raw: unknown, ctx: ParseContext = {}): LoadResult {
  const parsed = Questionnaire.safeParse(raw);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => `${describePath(raw, issue.path, ctx)}: ${issue.message}`);
    return { ok: false, errors: [...new Set(errors)] };
  }
  const problems = checkIntegrity(parsed.data);
  if (problems.length > 0) return { ok: false, errors: problems };
  return { ok: true, questionnaire: parsed.data };
}
