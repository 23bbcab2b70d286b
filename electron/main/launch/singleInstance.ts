import type { App } from 'electron';
import { forwardedOpenPath, projectPathFromArgv } from './argv';

/**
 * One VirtLab per user. A second launch hands its project path to the first (in additionalData,
 * because Chromium may reorder or extend the argv it forwards) and quits. Returns whether this
 * process is the primary instance.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  launchPath: string | null,
  onSecondInstance: (path: string | null) => void,
): boolean {
  if (!app.requestSingleInstanceLock({ openPath: launchPath })) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    onSecondInstance(forwardedOpenPath(additionalData) ?? projectPathFromArgv(argv, workingDirectory));
  });
  return true;
}
