import type { JournalStorage } from '../../../renderer/src/recovery/webJournal';

/** localStorage's interface over a Map, optionally refusing writes like a full browser storage. */
export class MemoryStorage implements JournalStorage {
  readonly map = new Map<string, string>();
  full = false;
  get length() { return this.map.size; }
  key(i: number) { return [...this.map.keys()][i] ?? null; }
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.map.set(k, v);
  }
  removeItem(k: string) { this.map.delete(k); }
}
