import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

const exposed: Record<string, unknown> = {};
const ipcRenderer = Object.assign(new EventEmitter(), { invoke: vi.fn(async (channel: string, request: unknown) => ({ ok: true, value: { channel, request } })) });
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer,
}));

const { CONTRACT, EVENTS } = await import('../../../shared/ipc/contract');
const { buildVirtlabApi } = await import('../../../electron/preload/virtlabApi');
await import('../../../electron/preload/index');

describe('preload', () => {
  it('exposes window.virtlab with one function per channel plus on(), and nothing else', () => {
    const api = exposed.virtlab as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...Object.keys(CONTRACT), 'on'].sort());
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
    expect(Object.isFrozen(api)).toBe(true);
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it('sends each call on its contract channel', async () => {
    const api = exposed.virtlab as Record<string, (r: unknown) => Promise<unknown>>;
    await expect(api.fileSave!({ saveAs: true })).resolves.toEqual({ ok: true, value: { channel: 'virtlab:file/save', request: { saveAs: true } } });
    await api.designGet!({});
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(CONTRACT.designGet.channel, {});
  });

  it('turns a transport failure into an ipc-failed result instead of a rejection', async () => {
    const ipc = { invoke: vi.fn(async () => { throw new Error('No handler registered'); }), on: vi.fn(), removeListener: vi.fn() };
    const api = buildVirtlabApi(ipc as never);
    await expect(api.designGet({})).resolves.toMatchObject({ ok: false, error: { code: 'ipc-failed' } });
  });

  it('delivers only the payload of contract events, and unsubscribes', () => {
    const ipc = new EventEmitter();
    const api = buildVirtlabApi({ invoke: vi.fn(), on: ipc.on.bind(ipc), removeListener: ipc.removeListener.bind(ipc) } as never);
    const listener = vi.fn();
    const off = api.on('menuAction', listener);
    const senderLeak = { sender: { send: () => {} } };
    ipc.emit(EVENTS.menuAction, senderLeak, { action: 'save' });
    expect(listener).toHaveBeenCalledWith({ action: 'save' });
    expect(listener.mock.calls[0]).toHaveLength(1);
    off();
    ipc.emit(EVENTS.menuAction, senderLeak, { action: 'open' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('refuses to subscribe to anything but a contract event', () => {
    const api = buildVirtlabApi({ invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() } as never);
    expect(() => api.on('toString' as never, () => {})).toThrow(TypeError);
    expect(() => api.on('virtlab:event/menu-action' as never, () => {})).toThrow(TypeError);
  });
});
