import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { webLibrary } from '../../../renderer/src/files/webLibrary';
import { MemoryStorage } from '../recovery/memoryStorage';

describe('web project library', () => {
  let storage: MemoryStorage;
  beforeEach(() => {
    storage = new MemoryStorage();
    vi.stubGlobal('localStorage', storage);
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('Recent lists projects by their last save or open, flags the last opened, and caps the list', () => {
    vi.setSystemTime(1000);
    webLibrary.put('A', '{}');
    vi.setSystemTime(2000);
    webLibrary.put('B', '{}');
    vi.setSystemTime(3000);
    webLibrary.put('C', '{}');
    webLibrary.opened('A', 4000);
    const recent = webLibrary.recent();
    expect(recent.map((r) => r.name)).toEqual(['A', 'C', 'B']);
    expect(recent.map((r) => r.lastOpened)).toEqual([true, false, false]);
    expect(webLibrary.recent(2)).toHaveLength(2);
  });

  it('forgets projects removed from the library', () => {
    webLibrary.put('A', '{}');
    webLibrary.opened('A');
    webLibrary.remove('A');
    expect(webLibrary.recent()).toEqual([]);
  });

  it('refuses to save into a full storage with a message that says what to do, and keeps the old copy', () => {
    webLibrary.put('A', 'old');
    storage.full = true;
    expect(() => webLibrary.put('A', 'new')).toThrow(/storage is full.*Download/);
    expect(webLibrary.get('A')?.text).toBe('old');
  });
});
