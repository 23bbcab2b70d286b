import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { CONTRACT, EVENTS, type ChannelKey, type EventKey, type VirtlabApi } from '../../shared/ipc/contract';

/**
 * window.virtlab: one function per contract channel plus `on` for the contract's events. Nothing
 * else: no ipcRenderer, no channel names chosen by the page, no event objects (they carry sender).
 */
export function buildVirtlabApi(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): VirtlabApi {
  const api: Record<string, unknown> = {};
  for (const key of Object.keys(CONTRACT) as ChannelKey[]) {
    const { channel } = CONTRACT[key];
    api[key] = async (request: unknown) => {
      try {
        return await ipc.invoke(channel, request);
      } catch (e) {
        // Handlers never throw; this is the transport failing (e.g. the main process going away).
        return { ok: false, error: { code: 'ipc-failed', message: `${channel}: ${e instanceof Error ? e.message : String(e)}` } };
      }
    };
  }
  api.on = (event: EventKey, listener: (payload: unknown) => void) => {
    if (!Object.hasOwn(EVENTS, event) || typeof listener !== 'function') throw new TypeError(`virtlab.on: unknown event "${String(event)}"`);
    const channel = EVENTS[event];
    const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipc.on(channel, forward);
    return () => {
      ipc.removeListener(channel, forward);
    };
  };
  return Object.freeze(api) as unknown as VirtlabApi;
}
