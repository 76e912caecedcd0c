/**
 * Finds the glossary terms a text uses, so a view can link each to its definition.
 * Longest match first, whole words, case-insensitive, each term at most once per text.
 */
import type { Term } from './schema.ts';

export type Segment = { text: string; termId?: string };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function linkTerms(text: string, glossary: readonly Term[]): Segment[] {
  const phrases = glossary
    .flatMap((t) => (t.matches ?? [t.term.toLowerCase()]).map((m) => ({ phrase: m.toLowerCase(), id: t.id })))
    .sort((a, b) => b.phrase.length - a.phrase.length);
  if (phrases.length === 0) return [{ text }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(${phrases.map((p) => escape(p.phrase)).join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
  const used = new Set<string>();
  const out: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const id = phrases.find((p) => p.phrase === match[0].toLowerCase())?.id;
    if (!id || used.has(id)) continue;
    used.add(id);
    if (match.index > last) out.push({ text: text.slice(last, match.index) });
    out.push({ text: match[0], termId: id });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
