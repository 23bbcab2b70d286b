import type { IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import type { EngineHost } from '../../../shared/engine/host/engineHost';
import { fail, ok } from '../../../shared/engine/result';
import type { ChannelKey, CONTRACT, IpcResult, MenuChecks, Responses } from '../../../shared/ipc/contract';
import { serializeProject } from '../../../shared/schema/project';
import { buildTemplate } from '../../../shared/templates/registry';
import { decodeExportData, writeExport } from '../../services/exportWriter';
import type { RecentFiles } from '../../services/recentFiles';
import type { ExportDialogs } from '../document/nativeDialogs';
import type { DocumentSession } from '../document/documentSession';
import { runNativeEdit } from './nativeEdit';

export type ValidRequest<K extends ChannelKey> = z.output<(typeof CONTRACT)[K]['request']>;
export type ChannelHandler<K extends ChannelKey> = (
  request: ValidRequest<K>,
  event: IpcMainInvokeEvent,
) => IpcResult<Responses[K]> | Promise<IpcResult<Responses[K]>>;
/** One handler per contract channel; the mapped type makes a missing channel a compile error. */
export type ChannelHandlers = { [K in ChannelKey]: ChannelHandler<K> };

export interface ChannelDeps {
  engine: EngineHost;
  session: DocumentSession;
  recent: RecentFiles;
  dialogs: ExportDialogs;
  /** Ticks the native menu's View toggles. */
  showMenuChecks(checks: MenuChecks): void;
}

/** What each channel does once the sender is trusted and the request is valid. */
export function channelHandlers({ engine, session, recent, dialogs, showMenuChecks }: ChannelDeps): ChannelHandlers {
  return {
    designGet: (request) => engine.handle('designGet', request),
    designCommand: (request) => engine.handle('designCommand', request),
    designUndo: (request) => engine.handle('designUndo', request),
    designRedo: (request) => engine.handle('designRedo', request),
    projectSerialize: (request) => engine.handle('projectSerialize', request),
    preflight: (request) => engine.handle('preflight', request),
    ledger: (request) => engine.handle('ledger', request),
    simRun: (request) => engine.handle('simRun', request),
    simCancel: (request) => engine.handle('simCancel', request),
    migrationRun: (request) => engine.handle('migrationRun', request),
    consolidationPlan: (request) => engine.handle('consolidationPlan', request),
    // Replacing the document goes through the session: it asks about unsaved changes first.
    designNew: () => session.newDocument(),
    projectLoad: ({ text }) => session.loadText(text),
    templateList: (request) => engine.handle('templateList', request),
    // A template opens like any project text: the session asks about unsaved changes first.
    templateNew: ({ id }) => {
      const built = buildTemplate(id);
      return built.ok ? session.loadText(serializeProject(built.value)) : built;
    },
    fileOpen: async ({ path }) => {
      // The renderer may reopen a listed recent project by path; any other file needs the dialog,
      // so a compromised page cannot make the app read arbitrary files.
      if (path !== undefined && !(await recent.includes(path))) {
        return fail('forbidden-path', 'Only recent projects can be opened by path; use the Open dialog for other files.');
      }
      return session.open(path);
    },
    fileSave: ({ saveAs }) => session.save(saveAs),
    fileRecent: async () => ok({ paths: await recent.list() }),
    appState: () => ok(session.state()),
    recoveryCheck: async () => ok({ entries: await session.pendingRecoveries() }),
    recoveryRestore: ({ id }) => session.restore(id),
    recoveryDiscard: ({ id }) => session.discardRecovery(id),
    exportWrite: async ({ format, data, encoding, suggestedName }) => {
      const decoded = decodeExportData(data, encoding);
      if (!decoded.ok) return decoded;
      // The user picks the destination; the page never names a path.
      const path = await dialogs.chooseExportPath(format, suggestedName);
      if (!path) return ok(null);
      try {
        await writeExport(path, decoded.value);
      } catch (e) {
        return fail('write-failed', `Could not write ${path}: ${(e as Error).message}`);
      }
      return ok({ path });
    },
    editNative: ({ command }, event) => {
      runNativeEdit(event.sender, command);
      return ok({ command });
    },
    menuChecks: (checks) => {
      showMenuChecks(checks);
      return ok(checks);
    },
  };
}
