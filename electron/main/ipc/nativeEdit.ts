import type { WebContents } from 'electron';
import type { NativeEditCommand } from '../../../shared/ipc/contract';

/**
 * Runs Chromium's own editing command in the page: on a focused text field it edits the text; on
 * the canvas, copy/cut/paste fire the DOM clipboard events the renderer listens to, which is how
 * the menu reaches the clipboard without any clipboard permission.
 */
export function runNativeEdit(contents: Pick<WebContents, NativeEditCommand>, command: NativeEditCommand): void {
  contents[command]();
}
