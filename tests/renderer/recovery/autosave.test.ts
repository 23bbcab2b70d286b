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

  it('reports a failed write instead of throwing into the app', () => {
    const { storage, autosave, errors } = setup();
    storage.full = true;
    expect(() => autosave.flush()).not.toThrow();
    expect(errors[0]?.message).toMatch(/Autosave failed/);
  });
});
