import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CONTRACT, type ChannelKey, type IpcResult, type Responses } from '../../../shared/ipc/contract';
import type { ChannelHandler, ChannelHandlers, ValidRequest } from './channelHandlers';

/**
 * Answers one request: trusted sender, then a valid payload, then the handler. Whatever happens
 * the answer is an IpcResult; nothing is ever thrown across the boundary.
 */
export async function routeRequest<K extends ChannelKey>(
  key: K,
  event: IpcMainInvokeEvent,
  payload: unknown,
  handlers: ChannelHandlers,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
): Promise<IpcResult<Responses[K]>> {
  const { channel, request } = CONTRACT[key];
  try {
    if (!isTrusted(event)) {
      return { ok: false, error: { code: 'forbidden-sender', message: `${channel} refused a call from a page that is not VirtLab.` } };
    }
    const parsed = request.safeParse(payload ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const path = issue.path.join('.');
      return { ok: false, error: { code: 'bad-request', message: `Malformed request on ${channel}: ${path || 'payload'}: ${issue.message}`, path } };
    }
    const handler = handlers[key] as ChannelHandler<K>;
    return await handler(parsed.data as ValidRequest<K>, event);
  } catch (e) {
    return { ok: false, error: { code: 'internal', message: `${channel} failed: ${e instanceof Error ? e.message : String(e)}` } };
  }
}

/** Registers one ipcMain.handle per contract channel. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: ChannelHandlers,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const key of Object.keys(CONTRACT) as ChannelKey[]) {
    ipcMain.handle(CONTRACT[key].channel, (event, payload: unknown) => routeRequest(key, event, payload, handlers, isTrusted));
  }
}
