/** The register's pages in the address: #/register and #/register/<id>/reassess. */
export type RegisterRoute = { kind: 'register' } | { kind: 'reassess'; id: string };

export function hashToRegister(hash: string): RegisterRoute | null {
  const match = /^#?\/register(?:\/([^/]+)\/reassess)?$/.exec(hash);
  if (!match) return null;
  return match[1] ? { kind: 'reassess', id: decodeURIComponent(match[1]) } : { kind: 'register' };
}

export function registerToHash(route: RegisterRoute): string {
  return route.kind === 'register' ? '#/register' : `#/register/${encodeURIComponent(route.id)}/reassess`;
}
