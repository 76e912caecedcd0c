/** The address each wizard was started at, so the page can tell an address opened while the wizard's code was loading. */
const startedAt = new WeakMap<object, string>();

export const rememberBootAddress = (actor: object, hash: string): void => void startedAt.set(actor, hash || '#/');
export const bootAddress = (actor: object): string | undefined => startedAt.get(actor);
