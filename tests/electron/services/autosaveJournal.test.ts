import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveJournal } from '../../../electron/services/autosaveJournal';
import { RecoveryStore } from '../../../electron/services/recoveryStore';

let dir: string;
let recoveryDir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'virtlab-journal-'));
  recoveryDir = join(dir, 'userData', 'recovery');
  vi.useFakeTimers({ now: new Date('2026-03-01T10:00:00Z') });
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

const journalFor = (store: RecoveryStore) => new AutosaveJournal(store, { delayMs: 2000, maxWaitMs: 10_000 });

describe('AutosaveJournal', () => {
  it('flushes 2 s after the last change, with the latest text', async () => {
    const store = new RecoveryStore(recoveryDir);
    const journal = journalFor(store);
    const id = RecoveryStore.idFor(null);
    journal.attach(id, null);
    let text = 'v1';
    journal.changed(() => text);
    await vi.advanceTimersByTimeAsync(1500);
    text = 'v2';
    journal.changed(() => text);
    await vi.advanceTimersByTimeAsync(1500);
    expect(await store.read(id)).toBeNull(); // still inside the quiet period of the second change
    await vi.advanceTimersByTimeAsync(600);
    await journal.idle();
    expect((await store.read(id))?.text).toBe('v2');
    expect(journal.pending).toBe(false);
  });

  it('still flushes during steady editing, at most maxWait after the first unsaved change', async () => {
    const store = new RecoveryStore(recoveryDir);
    const journal = journalFor(store);
    journal.attach('untitled-steady', null);
    for (let i = 0; i <= 10; i++) {
      journal.changed(() => `edit ${i}`);
      await vi.advanceTimersByTimeAsync(1000);
    }
    await journal.idle();
    // The 2 s quiet period never came; the 10 s cap flushed the edit current at that moment.
    expect((await store.read('untitled-steady'))?.text).toBe('edit 9');
  });

  it('recovers everything up to the last flush after a crash (no clean-up, fresh instances)', async () => {
    const project = join(dir, 'lab.virtlab.json');
    await writeFile(project, 'saved on disk');
    await utimes(project, new Date('2026-03-01T09:00:00Z'), new Date('2026-03-01T09:00:00Z'));

    // Session 1: edits, one flush, then more edits that never reach the disk before the "crash".
    const journal = journalFor(new RecoveryStore(recoveryDir));
    const id = RecoveryStore.idFor(project);
    journal.attach(id, project);
    journal.changed(() => 'flushed state');
    await vi.advanceTimersByTimeAsync(2000);
    await journal.idle();
    journal.changed(() => 'lost state'); // crash before its timer fires: no discard, no flush

    // Session 2: a new store over the same directory.
    const next = new RecoveryStore(recoveryDir);
    const pending = await next.pending();
    expect(pending).toEqual([
      { id, projectPath: project, writtenAt: '2026-03-01T10:00:02.000Z', projectModifiedAt: '2026-03-01T09:00:00.000Z' },
    ]);
    expect((await next.read(id))?.text).toBe('flushed state');
  });

  it('deletes the journal on discard (clean save / close), even while a flush is in flight', async () => {
    const store = new RecoveryStore(recoveryDir);
    const journal = journalFor(store);
    journal.attach('untitled-a', null);
    journal.changed(() => 'x');
    void journal.flush();
    await journal.discard();
    expect(await store.pending()).toEqual([]);
    expect(await readdir(recoveryDir)).toEqual([]);
  });

  it('drops a journal older than its project (a later save superseded it)', async () => {
    const project = join(dir, 'lab.virtlab.json');
    const store = new RecoveryStore(recoveryDir);
    const id = RecoveryStore.idFor(project);
    await store.write({ id, projectPath: project, writtenAt: '2026-03-01T08:00:00.000Z', text: 'old' });
    await writeFile(project, 'newer save');
    await utimes(project, new Date('2026-03-01T09:00:00Z'), new Date('2026-03-01T09:00:00Z'));
    expect(await store.pending()).toEqual([]);
    expect(await store.read(id)).toBeNull();
  });

  it('offers a journal whose project file was deleted', async () => {
    const project = join(dir, 'deleted.virtlab.json');
    const store = new RecoveryStore(recoveryDir);
    const id = RecoveryStore.idFor(project);
    await store.write({ id, projectPath: project, writtenAt: '2026-03-01T08:00:00.000Z', text: 'only copy' });
    expect((await store.pending()).map((p) => p.id)).toEqual([id]);
  });

  it('never offers a damaged journal and refuses ids that could escape the directory', async () => {
    const store = new RecoveryStore(recoveryDir);
    await store.write({ id: 'untitled-ok', projectPath: null, writtenAt: '2026-03-01T08:00:00.000Z', text: 'fine' });
    await writeFile(join(recoveryDir, 'untitled-bad.recovery.json'), '{"kind":"virtlab-recovery"');
    expect((await store.pending()).map((p) => p.id)).toEqual(['untitled-ok']);
    await expect(store.remove('../../etc/passwd')).rejects.toThrow(/Invalid recovery id/);
  });

  it('gives every editing session its own journal id, so reopening a file never overwrites a crashed journal', () => {
    expect(RecoveryStore.idFor('/home/ada/lab.virtlab.json')).not.toBe(RecoveryStore.idFor('/home/ada/lab.virtlab.json'));
    expect(RecoveryStore.idFor(null)).toMatch(/^untitled-[a-z0-9-]+$/);
    expect(RecoveryStore.idFor('/x')).toMatch(/^p-[a-z0-9-]{1,78}$/);
  });

  it('reports a failed flush instead of throwing, and keeps working', async () => {
    const errors: unknown[] = [];
    const store = new RecoveryStore(join(dir, 'file-not-dir'));
    await writeFile(join(dir, 'file-not-dir'), 'in the way');
    const journal = new AutosaveJournal(store, { onError: (e) => errors.push(e) });
    journal.attach('untitled-x', null);
    journal.changed(() => 'x');
    await journal.flush();
    expect(errors).toHaveLength(1);
  });
});
