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
  /**
   * The same text made off the main thread (the engine's worker), for the flushes the timer starts:
   * at 5,000 elements serializing took ~200 ms of the page's thread after each pause in editing.
   */
  serializeInBackground?(): Promise<string>;
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
  /** Bumped by every flush and clear: a background flush whose ticket is no longer current writes nothing. */
  private ticket = 0;
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
      void this.flushInBackground();
    }, wait);
  }

  /**
   * The timer's flush: like `flush`, with the text made by `serializeInBackground` when the source
   * has it. A save, New, Open or another flush while the text is made supersedes it: nothing is written.
   */
  async flushInBackground(): Promise<void> {
    const serialize = this.source.serializeInBackground;
    if (!serialize) return this.flush();
    this.cancel();
    const ticket = ++this.ticket;
    try {
      if (!this.source.dirty()) {
        removeJournal(this.storage, this.tabId);
        return;
      }
      const text = await serialize.call(this.source);
      if (ticket !== this.ticket || !this.source.dirty()) return;
      this.write(text);
    } catch (e) {
      this.options.onError?.(e instanceof Error ? e : new Error(String(e)));
    }
  }

  /** Writes the journal now (or removes it if the document is clean): the page is being hidden or closed. */
  flush(): void {
    this.cancel();
    this.ticket++;
    try {
      if (!this.source.dirty()) {
        removeJournal(this.storage, this.tabId);
        return;
      }
      this.write(this.source.serialize());
    } catch (e) {
      this.options.onError?.(e instanceof Error ? e : new Error(String(e)));
    }
  }

  private write(text: string): void {
    const writtenAt = this.now();
    writeJournal(this.storage, { tabId: this.tabId, name: this.source.name(), revision: this.source.revision(), writtenAt, text });
    this.options.onFlushed?.(writtenAt);
  }

  /** Drops any pending flush and removes the journal (saved, new or opened: nothing to recover). */
  clear(): void {
    this.cancel();
    this.ticket++;
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
