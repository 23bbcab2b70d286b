import { z } from 'zod';
import type { Design } from '../model';
import { FILE_FORMAT_IDS } from '../diagram/fileFormats';
import type { DomainEvent } from '../engine/commands/types';
import type { EngineError } from '../engine/result';
import type { Ledger } from '../engine/ledger/types';
import type { PreflightResult } from '../engine/preflight/types';
import type { Finding } from '../engine/rules/types';
import type { ConsolidationPlan } from '../engine/sim/consolidation/designPlan';
import type { MigrationResult } from '../engine/sim/migration/telemetry';
import type { LoggedSimEvent, ScenarioReport } from '../engine/sim/scenario/simEvents';
import type { TemplateSummary } from '../templates/types';
import { commandSchema } from './commandSchema';
import { migrationRequestSchema, simRunRequestSchema } from './simSchemas';

/** What the UI sees of the engine after every change. */
export interface DesignSnapshot {
  design: Design;
  revision: number;
  canUndo: boolean;
  canRedo: boolean;
  /** Validation findings of `design`, kept up to date incrementally (errors first). */
  findings: Finding[];
}

export interface LoadedProject { snapshot: DesignSnapshot; warnings: string[] }

/** File formats the desktop export writer accepts (every export format); the user still picks the path in a save dialog. */
export type ExportFormat = (typeof FILE_FORMAT_IDS)[number];

/** Editing commands the main process runs on the focused text field (webContents.copy() etc.). */
export const NATIVE_EDIT_COMMANDS = ['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll'] as const;
export type NativeEditCommand = (typeof NATIVE_EDIT_COMMANDS)[number];

/** The View menu's on/off items: the native menu draws them as check boxes. */
export const MENU_TOGGLES = ['toggleMinimap', 'toggleLegend', 'toggleDiagnostics', 'toggleSnap', 'toggleTheme'] as const;
export type MenuToggle = (typeof MENU_TOGGLES)[number];
const menuChecksSchema = z.object({
  toggleMinimap: z.boolean(),
  toggleLegend: z.boolean(),
  toggleDiagnostics: z.boolean(),
  toggleSnap: z.boolean(),
  toggleTheme: z.boolean(),
}).strict();
/** Whether each toggle is on now (toggleTheme: the dark theme). */
export type MenuChecks = Record<MenuToggle, boolean>;

const recoveryId = z.string().regex(/^[a-z0-9-]{1,80}$/);

/**
 * The one contract between UI and engine. Each entry is one channel: its name, the zod schema of
 * its request (checked by the main process) and, in `Responses`, the type of its answer.
 * `desktopOnly` channels are served by the Electron main process alone (dialogs, the disk).
 */
export const CONTRACT = {
  designGet: { channel: 'virtlab:design/get', request: z.object({}).strict() },
  designCommand: { channel: 'virtlab:design/command', request: z.object({ command: commandSchema }).strict() },
  designUndo: { channel: 'virtlab:design/undo', request: z.object({}).strict() },
  designRedo: { channel: 'virtlab:design/redo', request: z.object({}).strict() },
  designNew: { channel: 'virtlab:design/new', request: z.object({}).strict() },
  projectLoad: { channel: 'virtlab:project/load', request: z.object({ text: z.string().max(200_000_000) }).strict() },
  /** The design as a project file; `compact` on one line (the web journal's copy). */
  projectSerialize: { channel: 'virtlab:project/serialize', request: z.object({ compact: z.boolean().optional() }).strict() },
  // File › New from template: the list for the picker, then a template as a new untitled project.
  templateList: { channel: 'virtlab:template/list', request: z.object({}).strict() },
  templateNew: { channel: 'virtlab:template/new', request: z.object({ id: z.string().min(1).max(100) }).strict() },
  preflight: { channel: 'virtlab:validation/preflight', request: z.object({ vm: z.string().min(1).max(200), destination: z.string().min(1).max(200) }).strict() },
  ledger: { channel: 'virtlab:validation/ledger', request: z.object({ id: z.string().min(1).max(200) }).strict() },
  fileOpen: { channel: 'virtlab:file/open', request: z.object({ path: z.string().min(1).optional() }).strict(), desktopOnly: true },
  fileSave: { channel: 'virtlab:file/save', request: z.object({ saveAs: z.boolean() }).strict(), desktopOnly: true },
  fileRecent: { channel: 'virtlab:file/recent', request: z.object({}).strict(), desktopOnly: true },
  appState: { channel: 'virtlab:app/state', request: z.object({}).strict(), desktopOnly: true },
  recoveryCheck: { channel: 'virtlab:recovery/check', request: z.object({}).strict(), desktopOnly: true },
  recoveryRestore: { channel: 'virtlab:recovery/restore', request: z.object({ id: recoveryId }).strict(), desktopOnly: true },
  recoveryDiscard: { channel: 'virtlab:recovery/discard', request: z.object({ id: recoveryId }).strict(), desktopOnly: true },
  exportWrite: {
    channel: 'virtlab:export/write',
    request: z.object({
      format: z.enum(FILE_FORMAT_IDS),
      data: z.string().max(300_000_000),
      encoding: z.enum(['utf8', 'base64']),
      suggestedName: z.string().min(1).max(200).optional(),
    }).strict(),
    desktopOnly: true,
  },
  editNative: { channel: 'virtlab:edit/native', request: z.object({ command: z.enum(NATIVE_EDIT_COMMANDS) }).strict(), desktopOnly: true },
  // The renderer owns the View toggles; the native menu shows their check marks from this.
  menuChecks: { channel: 'virtlab:menu/checks', request: menuChecksSchema, desktopOnly: true },
  // Simulation: a run streams simEvents / simProgress and ends with simDone.
  simRun: { channel: 'virtlab:sim/run', request: simRunRequestSchema },
  simCancel: { channel: 'virtlab:sim/cancel', request: z.object({ runId: z.string().min(1).max(100) }).strict() },
  migrationRun: { channel: 'virtlab:sim/migration', request: migrationRequestSchema },
  consolidationPlan: { channel: 'virtlab:sim/consolidation-plan', request: z.object({ algorithm: z.enum(['ffd', 'bfd']) }).strict() },
} as const;

export type ChannelKey = keyof typeof CONTRACT;
export type RequestOf<K extends ChannelKey> = z.input<(typeof CONTRACT)[K]['request']>;

export interface FileSaved { path: string }
/** `path` is null when a diagram export was opened: it became a new untitled project. */
export interface FileOpened extends LoadedProject { path: string | null }

export interface Responses {
  designGet: DesignSnapshot;
  designCommand: { snapshot: DesignSnapshot; events: DomainEvent[] };
  designUndo: DesignSnapshot;
  designRedo: DesignSnapshot;
  designNew: DesignSnapshot;
  projectLoad: LoadedProject;
  projectSerialize: { text: string };
  templateList: { templates: TemplateSummary[] };
  templateNew: LoadedProject;
  /** Migration pre-flight of a VM to a host or hypervisor: issues grouped by category. */
  preflight: PreflightResult;
  /** Capacity ledger of a host, cluster or storage pool. */
  ledger: Ledger;
  /** null when the user cancelled the dialog. */
  fileOpen: FileOpened | null;
  fileSave: FileSaved | null;
  fileRecent: { paths: string[] };
  appState: AppState;
  recoveryCheck: { entries: RecoveryEntry[] };
  /** The recovered design is loaded and dirty; `path` is the project it belongs to (null: untitled). */
  recoveryRestore: LoadedProject & { path: string | null };
  recoveryDiscard: { discarded: boolean };
  /** null when the user cancelled the dialog. */
  exportWrite: FileSaved | null;
  editNative: { command: NativeEditCommand };
  menuChecks: MenuChecks;
  /** The run has started; its events arrive as simEvents / simProgress / simDone with this runId. */
  simRun: { runId: string; scenario: string; seed: number };
  simCancel: { cancelled: boolean };
  migrationRun: MigrationResult;
  consolidationPlan: ConsolidationPlan;
}

/** The desktop document: which file is open, unsaved changes, repair warnings from its last load. */
export interface AppState { path: string | null; name: string; dirty: boolean; warnings: string[] }

/** An autosave journal left by a session that did not close cleanly. */
export interface RecoveryEntry {
  id: string;
  /** The project the journal belongs to; null for an untitled project. */
  projectPath: string | null;
  name: string;
  /** ISO time of the last flush. */
  writtenAt: string;
  /** ISO mtime of the project file, or null when it is untitled or gone. */
  projectModifiedAt: string | null;
}

/** Every answer crosses the boundary as data: never a thrown error. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: EngineError };

/** Events pushed from the engine host / main process to the UI. */
export const EVENTS = {
  designChanged: 'virtlab:event/design-changed',
  menuAction: 'virtlab:event/menu-action',
  appState: 'virtlab:event/app-state',
  simEvents: 'virtlab:event/sim-events',
  simProgress: 'virtlab:event/sim-progress',
  simDone: 'virtlab:event/sim-done',
} as const;

export interface EventPayloads {
  designChanged: { snapshot: DesignSnapshot; events: DomainEvent[] };
  menuAction: { action: MenuAction };
  appState: AppState;
  /** A batch of a run's log, in order (sim time `t`, sequence `seq`): a player replays them at any speed. */
  simEvents: { runId: string; events: LoggedSimEvent[] };
  simProgress: { runId: string; simTimeS: number; durationS: number; eventsProcessed: number; done: boolean };
  simDone: { runId: string; status: 'completed' | 'cancelled' | 'failed'; report: ScenarioReport | null; error: EngineError | null };
}
export type EventKey = keyof typeof EVENTS;

/**
 * Actions the native menu sends to the renderer (each one is an entry of the renderer's ACTIONS
 * registry, which the web edition's menu bar shows the same way).
 */
export const MENU_ACTIONS = [
  // File
  'new', 'newFromTemplate', 'open', 'save', 'saveAs', 'export',
  // Edit
  'undo', 'redo', 'cut', 'copy', 'paste', 'duplicate', 'delete', 'rename', 'nestOut', 'selectAll', 'selectNone', 'search', 'projectSettings',
  // View
  'commandPalette', 'zoomIn', 'zoomOut', 'fitView', 'zoomToSelection', 'toggleMinimap', 'toggleLegend', 'toggleDiagnostics',
  'toggleSnap', 'toggleTheme', 'nextProblem', 'previousProblem', 'autoLayout',
  'alignLeft', 'alignCenter', 'alignRight', 'alignTop', 'alignMiddle', 'alignBottom', 'distributeH', 'distributeV',
  // Simulation
  'runSimulation', 'openMigrationLab', 'openScenario', 'openConsolidation', 'togglePlayback', 'cancelSimulation',
  // Help
  'shortcuts', 'about',
] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];

/** The API the preload exposes as `window.virtlab`: one function per channel, plus event subscription. */
export type VirtlabApi = {
  [K in ChannelKey]: (request: RequestOf<K>) => Promise<IpcResult<Responses[K]>>;
} & {
  on<E extends EventKey>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
};
