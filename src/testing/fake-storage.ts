/** Test helper: a localStorage stand-in that can be full or disabled. */
export class FakeStorage implements Storage {
  private data = new Map<string, string>();
  mode: 'ok' | 'full' | 'disabled' = 'ok';
  get length() {
    this.guard();
    return this.data.size;
  }
  key(i: number) {
    this.guard();
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    this.guard();
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.guard();
    if (this.mode === 'full') throw new DOMException('full', 'QuotaExceededError');
    this.data.set(k, String(v));
  }
  removeItem(k: string) {
    this.guard();
    this.data.delete(k);
  }
  clear() {
    this.data.clear();
  }
  private guard() {
    if (this.mode === 'disabled') throw new DOMException('denied', 'SecurityError');
  }
}
