import { existsSync } from 'node:fs';
import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import type { ExportFormat } from '../../../shared/ipc/contract';
import { exportFileType, suggestedExportName, withExtension as withExportExtension } from '../../services/exportWriter';
import type { DocumentDialogs, UnsavedChoice } from './documentSession';
import { withProjectExtension } from './documentName';

const PROJECT_FILTERS: FileFilter[] = [
  { name: 'VirtLab project', extensions: ['virtlab.json'] },
  { name: 'JSON', extensions: ['json'] },
];
/** Open also takes the SVG and PNG diagrams VirtLab exported: they carry their project. */
const OPEN_FILTERS: FileFilter[] = [
  { name: 'VirtLab project or diagram', extensions: ['virtlab.json', 'json', 'svg', 'png'] },
  ...PROJECT_FILTERS,
  { name: 'VirtLab diagram (SVG, PNG)', extensions: ['svg', 'png'] },
];

export interface ExportDialogs {
  chooseExportPath(format: ExportFormat, suggestedName: string | undefined): Promise<string | null>;
}

/** Electron's native dialogs, parented to the main window so they are modal to it. */
export function nativeDialogs(window: () => BrowserWindow | null): DocumentDialogs & ExportDialogs {
  // Electron's overloads take the parent first when there is one.
  const parent = (): BrowserWindow | undefined => {
    const w = window();
    return w && !w.isDestroyed() ? w : undefined;
  };
  return {
    async chooseProjectToOpen() {
      const options = { title: 'Open Project', properties: ['openFile' as const], filters: OPEN_FILTERS };
      const w = parent();
      const result = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseProjectSavePath(suggestedName) {
      const options = { title: 'Save Project', defaultPath: suggestedName, filters: PROJECT_FILTERS, properties: ['showOverwriteConfirmation' as const] };
      const w = parent();
      const result = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      const path = withProjectExtension(result.filePath);
      // The dialog confirmed overwriting the name that was typed, not the one with the extension added.
      return path === result.filePath || !existsSync(path) || (await confirmReplace(w, path)) ? path : null;
    },
    async askSaveChanges(name): Promise<UnsavedChoice> {
      const options = {
        type: 'warning' as const,
        buttons: ['Save', "Don't Save", 'Cancel'],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
        message: `Do you want to save the changes you made to “${name}”?`,
        detail: "Your changes will be lost if you don't save them.",
      };
      const w = parent();
      const { response } = w ? await dialog.showMessageBox(w, options) : await dialog.showMessageBox(options);
      return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
    },
    async chooseExportPath(format, suggestedName) {
      const type = exportFileType(format);
      const options = {
        title: 'Export',
        defaultPath: suggestedExportName(suggestedName, format),
        filters: [{ name: type.name, extensions: [type.extension] }],
        properties: ['showOverwriteConfirmation' as const],
      };
      const w = parent();
      const result = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      const path = withExportExtension(result.filePath, format);
      return path === result.filePath || !existsSync(path) || (await confirmReplace(w, path)) ? path : null;
    },
  };
}

async function confirmReplace(parent: BrowserWindow | undefined, path: string): Promise<boolean> {
  const options = {
    type: 'question' as const,
    buttons: ['Replace', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    message: `“${path}” already exists. Do you want to replace it?`,
  };
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  return response === 0;
}
