import type { BrowserWindow } from 'electron';

/**
 * Holds the window open while the session decides (Save / Don't Save / Cancel, then the journal
 * clean-up), and closes it for real only when that says yes. `onCancelled` lets a quit that was
 * cancelled be forgotten.
 */
export function guardClose(
  window: Pick<BrowserWindow, 'on' | 'close'>,
  prepareClose: () => Promise<boolean>,
  onCancelled: () => void = () => {},
): void {
  let allowed = false;
  let deciding = false;
  window.on('close', (event) => {
    if (allowed) return;
    event.preventDefault();
    if (deciding) return;
    deciding = true;
    prepareClose().then(
      (close) => {
        deciding = false;
        if (close) {
          allowed = true;
          window.close();
        } else {
          onCancelled();
        }
      },
      () => {
        // If asking failed, keep the window (and the unsaved work) rather than lose it.
        deciding = false;
        onCancelled();
      },
    );
  });
}
