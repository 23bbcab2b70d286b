import type { RecoveryStore } from './recoveryStore';

export interface JournalTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface JournalOptions {
  /** Quiet time after the last change before a flush. */
  delayMs?: number;
  /** Longest a change waits while edits keep coming, so steady editing is still journaled. */
  maxWaitMs?: number;
  now?: () => Date;
  timers?: JournalTimers;
  /** Where a failed flush is reported; autosave must never take the app down. */
  onError?: (error: unknown) => void;
}

interface Target { id: string; projectPath: string | null }

/**
 * Debounced autosave of the open document into the RecoveryStore. A crash loses at most the
 * changes since the last flush (delayMs after the last edit, maxWaitMs at the latest). A clean
 * save or close calls discard(), which removes the journal.
 */
export class AutosaveJournal {
  private target: Target | null = null;
  private produce: (() => string) | null = null;
  private timer: unknown = null;
  private firstPendingAt: number | null = null;
  private chain: Promise<void> = Promise.resolve();
  private readonly delayMs: number;
  private readonly maxWaitMs: number;
  private readonly now: () => Date;
  private readonly timers: JournalTimers;

  constructor(private readonly store: RecoveryStore, private readonly options: JournalOptions = {}) {
    this.delayMs = options.delayMs ?? 2000;
    this.maxWaitMs = options.maxWaitMs ?? 10_000;
    this.now = options.now ?? (() => new Date());
    this.timers = options.timers ?? { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) };
  }

  /** The journal id of the document being edited (RecoveryStore.idFor), or null. */
  get id(): string | null {
    return this.target?.id ?? null;
  }

  /** Points the journal at a document. Pending changes of the previous one are dropped, not written. */
  attach(id: string, projectPath: string | null): void {
    this.cancelTimer();
    this.produce = null;
    this.target = { id, projectPath };
  }

  /** Records that the document changed; `serialize` is called at flush time for the latest text. */
  changed(serialize: () => string): void {
    if (!this.target) return;
    this.produce = serialize;
    const now = this.now().getTime();
    this.firstPendingAt ??= now;
    const wait = Math.max(0, Math.min(this.delayMs, this.firstPendingAt + this.maxWaitMs - now));
    this.cancelTimer(false);
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, wait);
  }

  /** Writes pending changes now (also used before quitting). Resolves when the write is on disk. */
  flush(): Promise<void> {
    this.cancelTimer();
    const produce = this.produce;
    const target = this.target;
    this.produce = null;
    if (produce && target) {
      this.enqueue(async () => {
        await this.store.write({ id: target.id, projectPath: target.projectPath, writtenAt: this.now().toISOString(), text: produce() });
      });
    }
    return this.chain;
  }

  /** Drops pending changes and deletes the journal (after a clean save, or "Don't Save" on close). */
  discard(): Promise<void> {
    this.cancelTimer();
    this.produce = null;
    const target = this.target;
    if (target) this.enqueue(async () => void (await this.store.remove(target.id)));
    return this.chain;
  }

  /** Resolves when writes already started are on disk; starts none. */
  idle(): Promise<void> {
    return this.chain;
  }

  /** Whether changes are waiting for a flush. */
  get pending(): boolean {
    return this.produce !== null;
  }

  private enqueue(step: () => Promise<void>): void {
    // Writes and deletes run in order, so a discard issued during a flush is not undone by it.
    this.chain = this.chain.then(step).catch((e: unknown) => this.options.onError?.(e));
  }

  private cancelTimer(resetWindow = true): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    if (resetWindow) this.firstPendingAt = null;
  }
}
