import type { ChannelKey, EventKey, EventPayloads, IpcResult } from '../../../shared/ipc/contract';

/** Messages between the UI thread and the engine Worker: the same contract as the preload bridge. */
export type ToWorker = { type: 'request'; id: number; key: ChannelKey; payload: unknown };
export type FromWorker =
  | { type: 'response'; id: number; result: IpcResult<unknown> }
  | { [E in EventKey]: { type: 'event'; event: E; payload: EventPayloads[E] } }[EventKey];
