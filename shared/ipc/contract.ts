import { z } from 'zod';
import type { Design } from '../model';
import type { DomainEvent } from '../engine/commands/types';
import type { EngineError } from '../engine/result';
import { commandSchema } from './commandSchema';

/** What the UI sees of the engine after every change. */
export interface DesignSnapshot {
  design: Design;
  revision: number;
  canUndo: boolean;
  canRedo: boolean;
}

export interface LoadedProject { snapshot: DesignSnapshot; warnings: string[] }

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
  projectSerialize: { channel: 'virtlab:project/serialize', request: z.object({}).strict() },
  fileOpen: { channel: 'virtlab:file/open', request: z.object({ path: z.string().min(1).optional() }).strict(), desktopOnly: true },
  fileSave: { channel: 'virtlab:file/save', request: z.object({ saveAs: z.boolean() }).strict(), desktopOnly: true },
  fileRecent: { channel: 'virtlab:file/recent', request: z.object({}).strict(), desktopOnly: true },
} as const;

export type ChannelKey = keyof typeof CONTRACT;
export type RequestOf<K extends ChannelKey> = z.input<(typeof CONTRACT)[K]['request']>;

export interface FileSaved { path: string }
export interface FileOpened extends LoadedProject { path: string }

export interface Responses {
  designGet: DesignSnapshot;
  designCommand: { snapshot: DesignSnapshot; events: DomainEvent[] };
  designUndo: DesignSnapshot;
  designRedo: DesignSnapshot;
  designNew: DesignSnapshot;
  projectLoad: LoadedProject;
  projectSerialize: { text: string };
  /** null when the user cancelled the dialog. */
  fileOpen: FileOpened | null;
  fileSave: FileSaved | null;
  fileRecent: { paths: string[] };
}

/** Every answer crosses the boundary as data: never a thrown error. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: EngineError };

/** Events pushed from the engine host / main process to the UI. */
export const EVENTS = {
  designChanged: 'virtlab:event/design-changed',
  menuAction: 'virtlab:event/menu-action',
} as const;

export interface EventPayloads {
  designChanged: { snapshot: DesignSnapshot; events: DomainEvent[] };
  menuAction: { action: MenuAction };
}
export type EventKey = keyof typeof EVENTS;

/** Actions the native menu sends to the renderer. */
export const MENU_ACTIONS = [
  'new', 'newFromTemplate', 'open', 'save', 'saveAs', 'export', 'undo', 'redo', 'cut', 'copy', 'paste', 'delete',
  'selectAll', 'zoomIn', 'zoomOut', 'fitView', 'toggleMinimap', 'toggleTheme', 'runSimulation', 'shortcuts', 'about',
] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];

/** The API the preload exposes as `window.virtlab`: one function per channel, plus event subscription. */
export type VirtlabApi = {
  [K in ChannelKey]: (request: RequestOf<K>) => Promise<IpcResult<Responses[K]>>;
} & {
  on<E extends EventKey>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
};
