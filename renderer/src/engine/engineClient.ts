import type { ChannelKey, EventKey, EventPayloads, IpcResult, RequestOf, Responses, VirtlabApi } from '../../../shared/ipc/contract';
import type { FromWorker, ToWorker } from './workerProtocol';

/** The renderer's one door to the engine: typed, async; desktop and web share it. */
export interface EngineClient {
  readonly platform: 'desktop' | 'web';
  call<K extends ChannelKey>(key: K, request: RequestOf<K>): Promise<IpcResult<Responses[K]>>;
  on<E extends EventKey>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

/** Desktop: the preload's `window.virtlab`, one function per contract channel. */
export function desktopClient(api: VirtlabApi): EngineClient {
  return {
    platform: 'desktop',
    call: (key, request) => (api[key] as (r: unknown) => Promise<IpcResult<never>>)(request),
    on: (event, listener) => api.on(event, listener),
  };
}

/** Web edition: the same contract over postMessage to the engine Worker. */
export function workerClient(worker: Worker): EngineClient {
  let nextId = 1;
  const pending = new Map<number, (r: IpcResult<unknown>) => void>();
  const listeners = new Map<EventKey, Set<(p: unknown) => void>>();
  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    const m = e.data;
    if (m.type === 'response') {
      pending.get(m.id)?.(m.result);
      pending.delete(m.id);
    } else {
      for (const l of listeners.get(m.event) ?? []) l(m.payload);
    }
  };
  return {
    platform: 'web',
    call: (key, request) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve as (r: IpcResult<unknown>) => void);
        worker.postMessage({ type: 'request', id, key, payload: request } satisfies ToWorker);
      }),
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (p: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (p: unknown) => void);
    },
  };
}

declare global {
  interface Window { virtlab?: VirtlabApi }
}

/** Picks the transport: the preload bridge when running in Electron, else a Worker. */
export function createEngineClient(): EngineClient {
  if (window.virtlab) return desktopClient(window.virtlab);
  return workerClient(new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }));
}
