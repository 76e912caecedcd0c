/**
 * The current page in the address: #/ (start), #/q/<question id>, #/check,
 * #/result, #/saved, #/details (report details). A fragment works from any static host under any sub-path.
 */
import type { Step } from './types.ts';

export function stepToHash(step: Step): string {
  switch (step.kind) {
    case 'start':
      return '#/';
    case 'question':
      return `#/q/${encodeURIComponent(step.id)}`;
    case 'supplier':
      return step.page === 'overview' ? '#/supplier' : step.page === 'reply' ? '#/supplier/reply' : `#/supplier/q/${encodeURIComponent(step.page)}`;
    default:
      return `#/${step.kind}`;
  }
}

export function hashToStep(hash: string): Step | null {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { kind: 'start' };
  const question = /^\/q\/(.+)$/.exec(path);
  if (question) return { kind: 'question', id: decodeURIComponent(question[1]!) };
  if (path === '/check' || path === '/result' || path === '/saved' || path === '/request' || path === '/compare' || path === '/details') return { kind: path.slice(1) as 'check' | 'result' | 'saved' | 'request' | 'compare' | 'details' };
  if (path === '/supplier') return { kind: 'supplier', page: 'overview' };
  if (path === '/supplier/reply') return { kind: 'supplier', page: 'reply' };
  const supplierQuestion = /^\/supplier\/q\/(.+)$/.exec(path);
  if (supplierQuestion) return { kind: 'supplier', page: decodeURIComponent(supplierQuestion[1]!) };
  return null;
}

interface SnapshotLike {
  hasTag(tag: string): boolean;
  context: { question: string | null; exchange?: { mode: string; page?: string } };
}

/** The page a machine snapshot shows. */
export function stepOf(snapshot: SnapshotLike): Step {
  if (snapshot.hasTag('question') && snapshot.context.question) return { kind: 'question', id: snapshot.context.question };
  if (snapshot.hasTag('check')) return { kind: 'check' };
  if (snapshot.hasTag('result')) return { kind: 'result' };
  if (snapshot.hasTag('saved')) return { kind: 'saved' };
  if (snapshot.hasTag('request')) return { kind: 'request' };
  if (snapshot.hasTag('supplier')) return { kind: 'supplier', page: snapshot.context.exchange?.page ?? 'overview' };
  if (snapshot.hasTag('compare')) return { kind: 'compare' };
  if (snapshot.hasTag('details')) return { kind: 'details' };
  return { kind: 'start' };
}
