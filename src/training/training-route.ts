/**
 * The training pages in the address: #/examples, #/examples/<id>, #/quiz,
 * #/glossary, #/glossary/<term id>, #/path and #/path/<example id>; a section of the path
 * shown large adds /zoom/<section id> (#/path/zoom/<section id> for the current assessment).
 * They sit beside the wizard: opening one does not move the wizard's machine.
 */
export type TrainingRoute =
  | { kind: 'examples' }
  | { kind: 'example'; id: string }
  | { kind: 'quiz' }
  | { kind: 'glossary'; termId: string | null }
  | { kind: 'path'; exampleId: string | null; sectionId?: string | null };

const PATH = /^#?\/path(?:\/([^/]+))??(?:\/zoom\/([^/]+))?$/;

export function hashToTraining(hash: string): TrainingRoute | null {
  const path = PATH.exec(hash);
  if (path) {
    const exampleId = path[1] ? decodeURIComponent(path[1]) : null;
    return { kind: 'path', exampleId, sectionId: path[2] ? decodeURIComponent(path[2]) : null };
  }
  const match = /^#?\/(examples|quiz|glossary|path)(?:\/([^/]+))?$/.exec(hash);
  if (!match) return null;
  const id = match[2] ? decodeURIComponent(match[2]) : null;
  switch (match[1]) {
    case 'examples':
      return id ? { kind: 'example', id } : { kind: 'examples' };
    case 'quiz':
      return id ? null : { kind: 'quiz' };
    case 'glossary':
      return { kind: 'glossary', termId: id };
    default:
      return null;
  }
}

export function trainingToHash(route: TrainingRoute): string {
  switch (route.kind) {
    case 'example':
      return `#/examples/${encodeURIComponent(route.id)}`;
    case 'glossary':
      return route.termId ? `#/glossary/${encodeURIComponent(route.termId)}` : '#/glossary';
    case 'path': {
      const base = route.exampleId ? `#/path/${encodeURIComponent(route.exampleId)}` : '#/path';
      return route.sectionId ? `${base}/zoom/${encodeURIComponent(route.sectionId)}` : base;
    }
    default:
      return `#/${route.kind}`;
  }
}
