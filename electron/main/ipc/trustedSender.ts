import type { IpcMainInvokeEvent } from 'electron';
import { isAppUrl, type AppLocation } from '../appLocation';

/**
 * Only the app's own top-level page may call the main process: not a subframe, not a page the
 * window was somehow navigated to, not a frame that is already gone.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, location: AppLocation): boolean {
  try {
    const frame = event.senderFrame;
    return frame !== null && frame.parent === null && isAppUrl(location, frame.url);
  } catch {
    return false;
  }
}
