import { removeJournal, writeJournal, type JournalStorage } from './webJournal';

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What the autosave reads from the open document at flush time. */
export interface AutosaveSource {
  /** Unsaved changes exist. */
  dirty(): boolean;
  name(): string | null;
  revision(): number;
  /** The project as text (called only when a flush writes). */
  serialize(): string;
}

export interface AutosaveOptions {
  /** Quiet time after the last change before a flush (default 1 s). */
  delayMs?: number;
  /** Longest a change waits while edits keep coming (default 10 s). */
  maxWaitMs?: number;
  now?: () => number;
  timers?: Timers;
  /** A failed write is reported here; autosave never throws into the app. */
  onError?: (error: Error) => void;
  /** Called after each successful write, with its time (the app shows it; tests wait for it). */
  onFlushed?: (writtenAt: number) => void;
}

/**
 * Debounced autosave of one tab's document into its web journal. `changed()` after every edit;
 * `flush()` when the page is hidden or unloads; `clear()` after a save, New or Open. A flush of a
 * clean document removes the journal instead of writing it.
 */
export class WebAutosave {
  private timer: unknown = null;
  private firstPendingAt: number | null = null;
  private readonly delayMs: number;
  private readonly maxWaitMs: number;
  private readonly now: () => number;
  private readonly timers: Timers;

  constructor(private readonly storage: JournalStorage, readonly tabId: string, private readonly source: AutosaveSource, private readonly options: AutosaveOptions = {}) {
    this.delayMs = options.delayMs ?? 1000;
    this.maxWaitMs = options.maxWaitMs ?? 10_000;
    this.now = options.now ?? (() => Date.now());
    this.timers = options.timers ?? { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as number) };
  }

  /** Whether a flush is scheduled. */
  get pending(): boolean {
    return this.timer !== null;
  }

  /** The document changed: flush delayMs after the last change, or maxWaitMs after the first. */
  changed(): void {
    const now = this.now();
    this.firstPendingAt ??= now;
    const wait = Math.max(0, Math.min(this.delayMs, this.firstPendingAt + this.maxWaitMs - now));
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      this.flush();
    }, wait);
  }

  /** Writes the journal now (or removes it if the document is clean). */
  flush(): void {
    this.cancel();
    try {
      if (!this.source.dirty()) {
        removeJournal(this.storage, this.tabId);
        return;
      }
      const writtenAt = this.now();
      writeJournal(this.storage, { tabId: this.tabId, name: this.source.name(), revision: this.source.revision(), writtenAt, text: this.source.serialize() });
      this.options.onFlushed?.(writtenAt);
    } catch (e) {
      this.options.onError?.(e instanceof Error ? e : new Error(String(e)));
    }
  }

  /** Drops any pending flush and removes the journal (saved, new or opened: nothing to recover). */
  clear(): void {
    this.cancel();
    try {
      removeJournal(this.storage, this.tabId);
    } catch (e) {
      this.options.onError?.(e instanceof Error ? e : new Error(String(e)));
    }
  }

  private cancel(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.firstPendingAt = null;
  }
}
