import { describe, expect, it } from 'vitest';
import { MemoryStorage } from './memoryStorage';
import { journalKey, JournalWriteError, pendingJournals, readJournal, removeJournal, writeJournal } from '../../../renderer/src/recovery/webJournal';

const rec = (tabId: string, writtenAt: number, name: string | null = null) => ({ tabId, name, revision: 3, writtenAt, text: `{"tab":"${tabId}"}` });

describe('web journal', () => {
  it('writes under its own key and reads back what it wrote', () => {
    const s = new MemoryStorage();
    s.setItem('virtlab:web:projects', '{"Lab":{}}');
    writeJournal(s, rec('a', 1000, 'Lab'));
    expect([...s.map.keys()]).toEqual(['virtlab:web:projects', journalKey('a')]);
    expect(s.getItem('virtlab:web:projects')).toBe('{"Lab":{}}');
    expect(readJournal(s, 'a')).toMatchObject({ kind: 'virtlab-web-journal', version: 1, tabId: 'a', name: 'Lab', writtenAt: 1000, text: '{"tab":"a"}' });
    removeJournal(s, 'a');
    expect(readJournal(s, 'a')).toBeNull();
  });

  it('reports a full storage as a clear error', () => {
    const s = new MemoryStorage();
    s.full = true;
    expect(() => writeJournal(s, rec('a', 1))).toThrow(JournalWriteError);
    expect(() => writeJournal(s, rec('a', 1))).toThrow(/storage is full/);
  });

  it('offers the journals of tabs that are gone, newest first, never a live tab’s', () => {
    const s = new MemoryStorage();
    writeJournal(s, rec('old', 1000));
    writeJournal(s, rec('new', 3000));
    writeJournal(s, rec('live', 5000));
    const pending = pendingJournals(s, { liveTabs: new Set(['live']), savedAt: () => undefined });
    expect(pending.map((j) => j.tabId)).toEqual(['new', 'old']);
  });

  it('drops a journal the project was saved over since, and keeps one newer than the save', () => {
    const s = new MemoryStorage();
    writeJournal(s, rec('stale', 1000, 'Lab'));
    writeJournal(s, rec('fresh', 3000, 'Lab'));
    const pending = pendingJournals(s, { liveTabs: new Set(), savedAt: (n) => (n === 'Lab' ? 2000 : undefined) });
    expect(pending.map((j) => j.tabId)).toEqual(['fresh']);
    expect(s.getItem(journalKey('stale'))).toBeNull();
    expect(s.getItem(journalKey('fresh'))).not.toBeNull();
  });

  it('never offers (nor deletes) a damaged journal', () => {
    const s = new MemoryStorage();
    s.setItem(journalKey('bad'), '{not json');
    s.setItem(journalKey('wrong'), JSON.stringify({ kind: 'virtlab-web-journal', version: 1, tabId: 'someone-else', text: '', writtenAt: 1, revision: 1, name: null }));
    expect(pendingJournals(s, { liveTabs: new Set(), savedAt: () => undefined })).toEqual([]);
    expect(s.getItem(journalKey('bad'))).toBe('{not json');
  });
});
