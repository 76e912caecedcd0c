/**
 * A fingerprint of an assessment: the SHA-256 (hex) of the canonical JSON of the
 * questionnaire id and version and the answers that count (those on the route).
 * Two reports with the same fingerprint rest on the same answers. Uses
 * crypto.subtle, which Node 20 and every current browser provide.
 */
import type { Answers } from '../engine/answers.ts';
import { route } from '../engine/journey.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';

/** JSON with object keys sorted at every level, no spaces. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

export async function fingerprint(questionnaire: Questionnaire, answers: Answers): Promise<string> {
  const { relevant } = route(questionnaire, answers);
  const canonical = canonicalJson({ questionnaire: { id: questionnaire.id, version: questionnaire.version }, answers: relevant });
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
