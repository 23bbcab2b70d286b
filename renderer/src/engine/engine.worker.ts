/// <reference lib="webworker" />
// The web edition's engine host: the same EngineHost the Electron main process runs.
import { CONTRACT } from '../../../shared/ipc/contract';
import { EngineHost } from '../../../shared/engine/host/engineHost';
import type { FromWorker, ToWorker } from './workerProtocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (m: FromWorker) => self.postMessage(m);
// Long simulations yield a macrotask between chunks, so a cancel message is handled mid-run.
const yieldToHost = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const host = new EngineHost((event, payload) => post({ type: 'event', event, payload } as FromWorker), yieldToHost);

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m?.type !== 'request') return;
  const spec = CONTRACT[m.key];
  const result = !spec
    ? { ok: false as const, error: { code: 'unknown-channel', message: `Unknown channel "${String(m.key)}".` } }
    : 'desktopOnly' in spec && spec.desktopOnly
      ? { ok: false as const, error: { code: 'unsupported', message: `${spec.channel} is served by the desktop app only.` } }
      : host.handleRaw(m.key, m.payload);
  post({ type: 'response', id: m.id, result });
};
