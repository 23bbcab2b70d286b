import { describe, expect, it } from 'vitest';
import { WebAutosave, type AutosaveSource, type Timers } from '../../../renderer/src/recovery/autosave';
import { readJournal } from '../../../renderer/src/recovery/webJournal';
import { MemoryStorage } from './memoryStorage';

/** A hand-driven clock and timer queue. */
class FakeTime implements Timers {
  now = 0;
  private queue: { at: number; fn: () => void; id: number }[] = [];
  private seq = 0;
  setTimeout(fn: () => void, ms: number) { const id = ++this.seq; this.queue.push({ at: this.now + ms, fn, id }); return id; }
  clearTimeout(h: unknown) { this.queue = this.queue.filter((t) => t.id !== h); }
  advance(ms: number) {
    const end = this.now + ms;
    for (;;) {
      const next = this.queue.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.now = next.at;
      this.queue = this.queue.filter((t) => t !== next);
      next.fn();
    }
    this.now = end;
  }
}

function setup() {
  const storage = new MemoryStorage();
  const time = new FakeTime();
  const doc = { dirty: true, name: 'Lab' as string | null, revision: 1, text: 'v1', serialized: 0 };
  const source: AutosaveSource = {
    dirty: () => doc.dirty, name: () => doc.name, revision: () => doc.revision,
    serialize: () => { doc.serialized++; return doc.text; },
  };
  const errors: Error[] = [];
  const autosave = new WebAutosave(storage, 'tab', source, { timers: time, now: () => time.now, onError: (e) => errors.push(e) });
  return { storage, time, doc, autosave, errors };
}

describe('web autosave', () => {
  it('flushes 1 s after the last change, once', () => {
    const { storage, time, doc, autosave } = setup();
    autosave.changed();
    time.advance(600);
    doc.text = 'v2';
    autosave.changed();
    time.advance(999);
    expect(readJournal(storage, 'tab')).toBeNull();
    time.advance(1);
    expect(readJournal(storage, 'tab')).toMatchObject({ text: 'v2', name: 'Lab', writtenAt: 1600 });
    expect(doc.serialized).toBe(1);
  });

  it('still flushes every 10 s while edits never pause', () => {
    const { storage, time, autosave } = setup();
    for (let t = 0; t < 10_500; t += 500) { autosave.changed(); time.advance(500); }
    expect(readJournal(storage, 'tab')?.writtenAt).toBe(10_000);
  });

  it('flushes at once on demand (page hidden), and removes the journal when the document is clean', () => {
    const { storage, doc, autosave } = setup();
    autosave.changed();
    autosave.flush();
    expect(readJournal(storage, 'tab')?.text).toBe('v1');
    expect(autosave.pending).toBe(false);
    doc.dirty = false;
    autosave.flush();
    expect(readJournal(storage, 'tab')).toBeNull();
  });

  it('clear() cancels the pending flush and removes the journal (saved, new, opened)', () => {
    const { storage, time, autosave } = setup();
    autosave.changed();
    autosave.flush();
    autosave.changed();
    autosave.clear();
    time.advance(5000);
    expect(readJournal(storage, 'tab')).toBeNull();
  });

  describe('with the text made in the background (the engine worker)', () => {
    function backgroundSetup() {
      const ctx = setup();
      const pending: { resolve: (text: string) => void; text: string }[] = [];
      const source: AutosaveSource = {
        dirty: () => ctx.doc.dirty, name: () => ctx.doc.name, revision: () => ctx.doc.revision,
        serialize: () => { ctx.doc.serialized++; return ctx.doc.text; },
        serializeInBackground: () => new Promise<string>((resolve) => pending.push({ resolve, text: ctx.doc.text })),
      };
      const autosave = new WebAutosave(ctx.storage, 'tab', source, { timers: ctx.time, now: () => ctx.time.now, onError: (e) => ctx.errors.push(e) });
      /** Lets the oldest background serialization finish with the text it was asked for. */
      const finish = async () => { const p = pending.shift()!; p.resolve(p.text); await Promise.resolve(); await Promise.resolve(); };
      return { ...ctx, autosave, pending, finish };
    }

    it('the timer\'s flush writes the text made in the background, not on the page\'s thread', async () => {
      const { autosave, time, doc, storage, pending, finish } = backgroundSetup();
      autosave.changed();
      time.advance(1000);
      expect(pending).toHaveLength(1);
      expect(readJournal(storage, 'tab')).toBeNull();
      await finish();
      expect(readJournal(storage, 'tab')?.text).toBe('v1');
      expect(doc.serialized).toBe(0);
    });

    it('a save (clear) while the text is made: nothing is written, the journal stays gone', async () => {
      const { autosave, time, doc, storage, finish } = backgroundSetup();
      autosave.changed();
      time.advance(1000);
      doc.dirty = false;
      autosave.clear();
      doc.dirty = true; // edited again right after the save: still, the old text must not land
      await finish();
      expect(readJournal(storage, 'tab')).toBeNull();
    });

    it('a flush on page hide while the text is made wins: the older background text never overwrites it', async () => {
      const { autosave, time, doc, storage, finish } = backgroundSetup();
      autosave.changed();
      time.advance(1000);
      doc.text = 'v2';
      autosave.flush();
      expect(readJournal(storage, 'tab')?.text).toBe('v2');
      await finish();
      expect(readJournal(storage, 'tab')?.text).toBe('v2');
    });
  });

  it('reports a failed write instead of throwing into the app', () => {
    const { storage, autosave, errors } = setup();
    storage.full = true;
    expect(() => autosave.flush()).not.toThrow();
    expect(errors[0]?.message).toMatch(/Autosave failed/);
  });
});
