import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Design } from '../../../shared/model';
import type { EngineHost } from '../../../shared/engine/host/engineHost';
import { fail, ok, type Result } from '../../../shared/engine/result';
import type { AppState, DesignSnapshot, FileOpened, FileSaved, LoadedProject, RecoveryEntry } from '../../../shared/ipc/contract';
import { parseProject, serializeProject } from '../../../shared/schema/project';
import { isExportKind, projectNameOf, projectTextFromFile } from '../../../shared/diagram/projectFile';
import { atomicWrite } from '../../services/atomicWrite';
import type { AutosaveJournal } from '../../services/autosaveJournal';
import type { RecentFiles } from '../../services/recentFiles';
import { RecoveryStore } from '../../services/recoveryStore';
import { projectName } from './documentName';

/** Same ceiling as the projectLoad channel: a project file is text, never hundreds of megabytes. */
const MAX_PROJECT_BYTES = 200_000_000;

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** The native dialogs the session needs; Electron's in the app, scripted in tests. */
export interface DocumentDialogs {
  chooseProjectToOpen(): Promise<string | null>;
  chooseProjectSavePath(suggestedName: string): Promise<string | null>;
  askSaveChanges(name: string): Promise<UnsavedChoice>;
}

export interface DocumentSessionDeps {
  engine: EngineHost;
  journal: AutosaveJournal;
  recovery: RecoveryStore;
  recent: RecentFiles;
  dialogs: DocumentDialogs;
  appVersion: string;
  onStateChanged(state: AppState): void;
  onRecentChanged(paths: string[]): void;
  /** A project was opened or saved at `path` (OS recent documents). */
  onProjectTouched?(path: string): void;
  writeText?(path: string, text: string): Promise<void>;
}

const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The one open desktop document: which file it is, whether it has unsaved changes, and its
 * autosave journal. Dirty means the engine's design is not the very object last saved or opened:
 * the engine keeps designs immutable, so undoing back to the saved state is clean again.
 */
export class DocumentSession {
  private path: string | null = null;
  /** The design as last opened/saved; null when no saved state matches (a restored recovery). */
  private savedDesign: Design | null;
  private warnings: string[] = [];
  /** The name the first save of an untitled project suggests (a diagram it was opened from). */
  private suggestedName: string | null = null;
  private lastPublished = '';
  /** Set while this session swaps the design itself, so designChanged() does not see it as an edit. */
  private replacing = false;

  constructor(private readonly deps: DocumentSessionDeps) {
    this.savedDesign = deps.engine.current();
    deps.journal.attach(RecoveryStore.idFor(null), null);
  }

  get dirty(): boolean {
    return this.deps.engine.current() !== this.savedDesign;
  }

  state(): AppState {
    return { path: this.path, name: projectName(this.path), dirty: this.dirty, warnings: [...this.warnings] };
  }

  /** Called for every engine change: journal unsaved work, drop the journal when clean again. */
  designChanged(): void {
    if (this.replacing) return;
    if (this.dirty) this.deps.journal.changed(() => serializeProject(this.deps.engine.current(), this.deps.appVersion));
    else void this.deps.journal.discard();
    this.publish();
  }

  /**
   * Opens a project from `path`, or from the open dialog: a project file, or an SVG / PNG diagram
   * VirtLab exported. A diagram opens as a new untitled project named after it, so Save asks where
   * the project goes and never writes JSON over the picture. ok(null) when the user cancelled.
   */
  async open(path?: string): Promise<Result<FileOpened | null>> {
    const chosen = path ?? (await this.deps.dialogs.chooseProjectToOpen());
    if (!chosen) return ok(null);
    const full = resolve(chosen);
    const bytes = await this.readProject(full);
    if (!bytes.ok) return bytes;
    const found = projectTextFromFile(basename(full), bytes.value, new TextDecoder('utf-8', { fatal: true }));
    if (!found.ok) return fail(found.code, `Could not open ${full}: ${found.message}`);
    const parsed = parseProject(found.text);
    if (!parsed.ok) return parsed;
    // Only now, with a valid project in hand, may the current one be replaced.
    if (!(await this.confirmUnsaved())) return ok(null);
    const snapshot = this.replaceDesign(parsed.value.design);
    const warnings = [...found.warnings, ...parsed.value.warnings];
    if (isExportKind(found.kind)) {
      await this.become(null, warnings, this.deps.engine.current());
      this.suggestedName = projectNameOf(basename(full));
      return ok({ path: null, snapshot, warnings });
    }
    await this.become(full, warnings, this.deps.engine.current());
    await this.rememberRecent(full);
    return ok({ path: full, snapshot, warnings });
  }

  /** Saves to the current file, or asks where (untitled, or Save As). ok(null) when cancelled. */
  async save(saveAs: boolean): Promise<Result<FileSaved | null>> {
    let target = this.path;
    if (!target || saveAs) {
      target = await this.deps.dialogs.chooseProjectSavePath(`${this.path ? projectName(this.path) : (this.suggestedName ?? projectName(null))}.virtlab.json`);
      if (!target) return ok(null);
      target = resolve(target);
    }
    const design = this.deps.engine.current();
    try {
      await (this.deps.writeText ?? atomicWrite)(target, serializeProject(design, this.deps.appVersion));
    } catch (e) {
      return fail('write-failed', `Could not save ${target}: ${errorMessage(e)}. The previous file, if any, is unchanged.`);
    }
    await this.become(target, [], design);
    await this.rememberRecent(target);
    return ok({ path: target });
  }

  /** designNew: an empty untitled project, after asking about unsaved changes. */
  async newDocument(): Promise<Result<DesignSnapshot>> {
    if (!(await this.confirmUnsaved())) return fail('cancelled', 'The current project has unsaved changes; the new project was not created.');
    const result = this.quietly(() => this.deps.engine.handle('designNew', {}));
    if (result.ok) await this.become(null, [], this.deps.engine.current());
    return result;
  }

  /** projectLoad: a project from text (a template, an import) becomes a new untitled project. */
  async loadText(text: string): Promise<Result<LoadedProject>> {
    const parsed = parseProject(text);
    if (!parsed.ok) return parsed;
    if (!(await this.confirmUnsaved())) return fail('cancelled', 'The current project has unsaved changes; nothing was loaded.');
    const snapshot = this.replaceDesign(parsed.value.design);
    await this.become(null, parsed.value.warnings, this.deps.engine.current());
    return ok({ snapshot, warnings: parsed.value.warnings });
  }

  /** Journals left by sessions that did not close cleanly (never this session's own). */
  async pendingRecoveries(): Promise<RecoveryEntry[]> {
    const own = this.deps.journal.id;
    return (await this.deps.recovery.pending())
      .filter((p) => p.id !== own)
      .map((p) => ({ ...p, name: projectName(p.projectPath) }));
  }

  /** Loads a recovery journal as the open document: unsaved, saving goes to its original file. */
  async restore(id: string): Promise<Result<LoadedProject & { path: string | null }>> {
    if (id === this.deps.journal.id) return fail('recovery-not-found', 'That journal belongs to the open project.');
    const record = await this.deps.recovery.read(id);
    if (!record) return fail('recovery-not-found', 'The recovery data no longer exists.');
    const parsed = parseProject(record.text);
    if (!parsed.ok) return parsed;
    if (!(await this.confirmUnsaved())) return fail('cancelled', 'The current project has unsaved changes; nothing was restored.');
    await this.deps.journal.discard();
    const snapshot = this.replaceDesign(parsed.value.design);
    this.path = record.projectPath;
    this.suggestedName = null;
    this.savedDesign = null;
    this.warnings = parsed.value.warnings;
    // Keep journaling into the same file, so the recovered work stays safe until it is saved.
    this.deps.journal.attach(record.id, record.projectPath);
    this.publish();
    return ok({ snapshot, warnings: parsed.value.warnings, path: record.projectPath });
  }

  async discardRecovery(id: string): Promise<Result<{ discarded: boolean }>> {
    if (id === this.deps.journal.id) return fail('recovery-not-found', 'That journal belongs to the open project.');
    return ok({ discarded: await this.deps.recovery.remove(id) });
  }

  /**
   * Before the window closes: asks about unsaved changes (Save / Don't Save / Cancel) and, when
   * closing goes ahead, removes this session's journal. False means stay open.
   */
  async prepareClose(): Promise<boolean> {
    if (!(await this.confirmUnsaved())) return false;
    await this.deps.journal.discard();
    return true;
  }

  /** True when it is fine to replace the document: clean, saved now, or the user chose to discard. */
  private async confirmUnsaved(): Promise<boolean> {
    if (!this.dirty) return true;
    const choice = await this.deps.dialogs.askSaveChanges(projectName(this.path));
    if (choice === 'cancel') return false;
    if (choice === 'discard') {
      await this.deps.journal.discard();
      return true;
    }
    const saved = await this.save(false);
    return saved.ok && saved.value !== null;
  }

  /** The document is now `path` (null: untitled), whose saved state is `saved`; it gets a fresh journal. */
  private async become(path: string | null, warnings: string[], saved: Design): Promise<void> {
    await this.deps.journal.discard();
    this.path = path;
    this.suggestedName = null;
    this.savedDesign = saved;
    this.warnings = warnings;
    this.deps.journal.attach(RecoveryStore.idFor(path), path);
    // Edits made while a save was being written are still unsaved: journal them.
    if (this.dirty) this.deps.journal.changed(() => serializeProject(this.deps.engine.current(), this.deps.appVersion));
    this.publish();
  }

  private replaceDesign(design: Design): DesignSnapshot {
    return this.quietly(() => this.deps.engine.replace(design));
  }

  private quietly<T>(step: () => T): T {
    this.replacing = true;
    try {
      return step();
    } finally {
      this.replacing = false;
    }
  }

  private async readProject(path: string): Promise<Result<Uint8Array>> {
    try {
      const info = await stat(path);
      if (!info.isFile()) return fail('read-failed', `${path} is not a file.`);
      if (info.size > MAX_PROJECT_BYTES) return fail('too-large', `${path} is larger than a VirtLab project can be (200 MB).`);
      return ok(new Uint8Array(await readFile(path)));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' && (await this.deps.recent.includes(path))) {
        this.deps.onRecentChanged(await this.deps.recent.remove(path));
      }
      return fail('read-failed', `Could not open ${path}: ${errorMessage(e)}`);
    }
  }

  private async rememberRecent(path: string): Promise<void> {
    this.deps.onProjectTouched?.(path);
    try {
      this.deps.onRecentChanged(await this.deps.recent.add(path));
    } catch {
      // The recent list is a convenience; failing to update it must not fail an open or a save.
    }
  }

  private publish(): void {
    const state = this.state();
    const key = JSON.stringify(state);
    if (key === this.lastPublished) return;
    this.lastPublished = key;
    this.deps.onStateChanged(state);
  }
}
