/**
 * Languages. The questionnaire's own texts are English; a locale file
 * (`questionnaires/<id>/locales/<lang>.yaml`) maps a stable key for each text to
 * its translation, e.g.
 *   question.scope.military.text: Används systemet uteslutande för militära ändamål …?
 *   question.scope.military.option.yes.label: Ja, uteslutande
 *   obligation.oblig-provider-techdoc.items.3: …
 * `textKeys` lists every key with its English text; `localise` returns the same
 * questionnaire with the texts replaced. Ids, values and conditions never change,
 * so answers carry over from one language to another.
 */
import type { Questionnaire } from './schema.ts';

type Texts = Map<string, string>;
type Node = Record<string, unknown>;

const TEXT_FIELDS = new Set(['text', 'why', 'hint', 'label', 'title', 'summary', 'intro', 'findOut', 'body', 'note', 'disclaimer', 'law', 'unknownLabel', 'story', 'term', 'definition', 'decisive']);
const LIST_FIELDS = new Set(['counts', 'doesNotCount', 'next', 'items', 'matches']);

/** Visits every translatable text of one item, giving its key and a setter. */
function visit(prefix: string, node: Node, fn: (key: string, value: string, set: (v: string) => void) => void): void {
  for (const [field, value] of Object.entries(node)) {
    if (typeof value === 'string' && TEXT_FIELDS.has(field)) fn(`${prefix}.${field}`, value, (v) => (node[field] = v));
    else if (Array.isArray(value) && LIST_FIELDS.has(field)) {
      value.forEach((item, i) => typeof item === 'string' && fn(`${prefix}.${field}.${i}`, item, (v) => (value[i] = v)));
    } else if (field === 'help' && value && typeof value === 'object') visit(`${prefix}.help`, value as Node, fn);
    else if (field === 'unknown' && value && typeof value === 'object') visit(`${prefix}.unknown`, value as Node, fn);
    else if (field === 'options' && Array.isArray(value)) {
      for (const option of value as Node[]) visit(`${prefix}.option.${String(option.value)}`, option, fn);
    } else if (field === 'entries' && Array.isArray(value)) {
      for (const entry of value as Node[]) visit(`${prefix}.entry.${String(entry.id)}`, entry, fn);
    } else if (field === 'expected' && value && typeof value === 'object') visit(`${prefix}.expected`, value as Node, fn);
    else if (field === 'variants' && Array.isArray(value)) {
      (value as Node[]).forEach((variant, i) => visit(`${prefix}.variant.${i}`, variant, fn));
    }
  }
}

function each(q: Questionnaire, fn: (key: string, value: string, set: (v: string) => void) => void): void {
  const meta: Node = q as unknown as Node;
  for (const field of ['title', 'law', 'disclaimer', 'unknownLabel']) {
    const value = meta[field];
    if (typeof value === 'string') fn(`meta.${field}`, value, (v) => (meta[field] = v));
  }
  q.amendments.forEach((a, i) => visit(`amendment.${i}`, a as unknown as Node, fn));
  const lists: [string, { id?: string; tier?: string }[]][] = [
    ['section', q.sections],
    ['question', q.questions],
    ['fact', q.facts],
    ['rule', q.rules],
    ['group', q.obligationGroups],
    ['obligation', q.obligations],
    ['guidance', q.guidance],
    ['date', q.dates],
    ['outcome', q.outcomes],
    ['example', q.examples],
    ['glossary', q.glossary],
    ['tender', q.tenderAnnex],
    ['registration', q.registration],
  ];
  for (const [kind, items] of lists) for (const item of items) visit(`${kind}.${item.id ?? item.tier}`, item as Node, fn);
}

/** Every translatable text, keyed, in English. */
export function textKeys(q: Questionnaire): Texts {
  const out: Texts = new Map();
  each(q, (key, value) => out.set(key, value));
  return out;
}

/** The questionnaire in another language. Keys missing from the translation keep the English text. */
export function localise(q: Questionnaire, locale: string, texts: Readonly<Record<string, string>>): Questionnaire {
  const copy = structuredClone(q);
  each(copy, (key, _value, set) => {
    const translated = texts[key];
    if (typeof translated === 'string' && translated.trim() !== '') set(translated);
  });
  copy.locale = locale;
  return copy;
}
