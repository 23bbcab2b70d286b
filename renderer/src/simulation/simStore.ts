import { create } from 'zustand';
import type { PreflightResult } from '../../../shared/engine/preflight/types';
import type { PackingAlgorithm } from '../../../shared/engine/sim/consolidation/binPacking';
import type { ConsolidationPlan } from '../../../shared/engine/sim/consolidation/designPlan';
import type { Design, NodeId, Scenario } from '../../../shared/model';
import { useDesign } from '../store/designStore';
import { EMPTY_FORM, fromSelection, labScenario, toRequest, vmChoices, withVm, type FormErrors, type MigrationForm, type MigrationRequest } from './migrationForm';
import { createPlayback, pause, play, seek, setSpeed, stepSpeed, tick, type Playback } from './playback';
import type { RunProgress, ScenarioOutcome, SimTransport } from './simTransport';
import { Timeline } from './timeline';

export type SimTab = 'migration' | 'scenario' | 'consolidation';
export type Dock = 'bottom' | 'right';

export type RunStatus = 'idle' | 'checking' | 'refused' | 'running' | 'done' | 'failed';

/** A run the panel shows: its outcome and the timeline built from its log. */
export interface RunView {
  status: RunStatus;
  progress: RunProgress | null;
  /** Why it could not run (engine error, refusal), in words. */
  error: string | null;
  outcome: ScenarioOutcome | null;
  timeline: Timeline | null;
  /** The design the run was made against (playback draws on it; Apply checks it is still current). */
  design: Design | null;
  revision: number | null;
}

const IDLE_RUN: RunView = { status: 'idle', progress: null, error: null, outcome: null, timeline: null, design: null, revision: null };

/** The lab's one migration: a one-migration scenario run by the engine over the design's own network. */
export interface MigrationRunView extends RunView {
  preflight: PreflightResult | null;
  request: MigrationRequest | null;
  /** The user applied the result to the design (the run is kept for reading, no longer played). */
  applied: string | null;
}

const IDLE_MIGRATION: MigrationRunView = { ...IDLE_RUN, preflight: null, request: null, applied: null };

export interface ConsolidationView {
  status: 'idle' | 'running' | 'done' | 'failed';
  algorithm: PackingAlgorithm;
  plan: ConsolidationPlan | null;
  error: string | null;
  design: Design | null;
  revision: number | null;
}

interface SimState {
  open: boolean;
  /** Bumped each time the panel is asked to take focus (menu, shortcut, toolbar). */
  focusSeq: number;
  dock: Dock;
  /** Height of the bottom dock in px (null: the default share of the column). */
  height: number | null;
  tab: SimTab;
  /** The set-up column is hidden so results get the whole width. */
  setupHidden: boolean;
  form: MigrationForm;
  formErrors: FormErrors;
  migration: MigrationRunView;
  scenario: RunView & { name: string | null };
  consolidation: ConsolidationView;
  /** Which run the canvas animates. */
  playing: 'migration' | 'scenario' | null;
  playback: Playback | null;
  transport: SimTransport | null;

  setTransport(t: SimTransport | null): void;
  openPanel(tab?: SimTab, focus?: boolean): void;
  close(): void;
  setDock(d: Dock): void;
  setHeight(px: number | null): void;
  setTab(t: SimTab): void;
  toggleSetup(): void;
  setForm(patch: Partial<MigrationForm>): void;
  chooseVm(vm: NodeId | null): void;
  pickFromSelection(): void;
  runMigration(): Promise<void>;
  runScenario(scenario: Scenario | { name: string }, seed: number | undefined): Promise<void>;
  runConsolidation(algorithm: PackingAlgorithm): Promise<void>;
  cancel(): Promise<void>;
  clearMigration(): void;
  /** The run's result became part of the design: stop playing it over the canvas. */
  markApplied(text: string): void;
  show(which: 'migration' | 'scenario'): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  stepForward(): void;
  stepBack(): void;
  seek(t: number): void;
  setSpeed(s: number): void;
  stepSpeed(dir: 1 | -1): void;
  tick(wallMs: number): void;
}

const read = (key: string): string | null => {
  try { return localStorage.getItem(`virtlab:${key}`); } catch { return null; }
};
const write = (key: string, value: string) => {
  try { localStorage.setItem(`virtlab:${key}`, value); } catch { /* storage may be unavailable */ }
};

const currentDesign = () => useDesign.getState().snapshot;

/** Turns a finished run into what the panel shows, or says why there is nothing to show. */
function finished(outcome: ScenarioOutcome, design: Design, revision: number): Pick<RunView, 'status' | 'outcome' | 'timeline' | 'error' | 'design' | 'revision'> {
  return { status: 'done', outcome, timeline: new Timeline(design, outcome.log), error: null, design, revision };
}

/** The Simulation panel's state: UI only. Results come from the engine through the transport. */
export const useSim = create<SimState>((set, get) => {
  const startPlayback = (which: 'migration' | 'scenario') => {
    const tl = get()[which].timeline;
    set({ playing: which, playback: tl ? createPlayback(tl.end) : null });
  };
  const pb = (f: (p: Playback) => Playback) => {
    const p = get().playback;
    if (p) set({ playback: f(p) });
  };
  const timeline = () => {
    const which = get().playing;
    return which ? get()[which].timeline : null;
  };
  return {
    open: false,
    focusSeq: 0,
    dock: read('simDock') === 'right' ? 'right' : 'bottom',
    height: Number(read('simHeight')) > 0 ? Number(read('simHeight')) : null,
    tab: 'migration',
    setupHidden: false,
    form: EMPTY_FORM,
    formErrors: {},
    migration: IDLE_MIGRATION,
    scenario: { ...IDLE_RUN, name: null },
    consolidation: { status: 'idle', algorithm: 'ffd', plan: null, error: null, design: null, revision: null },
    playing: null,
    playback: null,
    transport: null,

    setTransport: (transport) => set({ transport }),
    openPanel(tab, focus = true) {
      set({ open: true, ...(tab ? { tab } : {}), ...(focus ? { focusSeq: get().focusSeq + 1 } : {}) });
      const s = currentDesign();
      if (s && !get().form.vm) get().pickFromSelection();
    },
    close: () => set({ open: false, playback: get().playback ? pause(get().playback!) : null }),
    setDock(dock) {
      write('simDock', dock);
      set({ dock });
    },
    setHeight(height) {
      write('simHeight', height === null ? '' : String(Math.round(height)));
      set({ height });
    },
    setTab: (tab) => set({ tab, playback: get().playback ? pause(get().playback!) : null }),
    toggleSetup: () => set({ setupHidden: !get().setupHidden }),
    setForm: (patch) => set({ form: { ...get().form, ...patch }, formErrors: {} }),
    chooseVm(vm) {
      const s = currentDesign();
      if (s) set({ form: withVm(s.design, get().form, vm), formErrors: {} });
    },
    pickFromSelection() {
      const s = currentDesign();
      if (!s) return;
      let form = fromSelection(s.design, useDesign.getState().selection, get().form);
      // Nothing selected yet: default to the first VM that can move.
      if (!form.vm) form = withVm(s.design, form, vmChoices(s.design)[0]?.id ?? null);
      set({ form, formErrors: {} });
    },

    async runMigration() {
      const { transport, form } = get();
      const snap = currentDesign();
      if (!transport || !snap) return;
      const parsed = toRequest(form);
      if (!parsed.ok) {
        set({ formErrors: parsed.errors });
        return;
      }
      const request = parsed.request;
      const design = snap.design;
      const fail = (error: string) => set({ migration: { ...get().migration, status: 'failed', error } });
      set({ formErrors: {}, migration: { ...IDLE_MIGRATION, status: 'checking', request } });
      const pre = await transport.preflight(request.vm, request.destination);
      if (!pre.ok) return fail(pre.error.message);
      if (!pre.value.ok) {
        set({ migration: { ...get().migration, status: 'refused', preflight: pre.value, error: 'The pre-flight check found errors: fix them (or pick another destination) before migrating.' } });
        return;
      }
      set({ migration: { ...get().migration, status: 'running', preflight: pre.value, progress: { fraction: null, t: 0, events: 0 } } });
      const vmName = design.topology.nodes.get(request.vm)?.name ?? request.vm;
      const r = await transport.runScenario(labScenario(request, vmName, pre.value), request.seed, (progress) => {
        if (get().migration.status === 'running') set({ migration: { ...get().migration, progress } });
      });
      if (!r.ok) {
        // The engine names the parameter it refused: show the message at that field when the form has one.
        const field = r.error.path?.split('.').pop();
        if (field && field in get().form) set({ formErrors: { [field]: r.error.message } });
        return fail(r.error.message);
      }
      set({ migration: { ...get().migration, ...finished(r.value, design, snap.revision) } });
      startPlayback('migration');
    },

    async runScenario(scenario, seed) {
      const { transport } = get();
      const snap = currentDesign();
      if (!transport || !snap) return;
      const name = scenario.name;
      set({ scenario: { ...IDLE_RUN, status: 'running', name, progress: { fraction: 0, t: 0, events: 0 } } });
      const r = await transport.runScenario(scenario, seed, (progress) => {
        if (get().scenario.status === 'running') set({ scenario: { ...get().scenario, progress } });
      });
      if (!r.ok) {
        set({ scenario: { ...get().scenario, status: 'failed', error: r.error.message } });
        return;
      }
      set({ scenario: { ...get().scenario, ...finished(r.value, snap.design, snap.revision) } });
      startPlayback('scenario');
    },

    async runConsolidation(algorithm) {
      const { transport } = get();
      const snap = currentDesign();
      if (!transport || !snap) return;
      set({ consolidation: { status: 'running', algorithm, plan: null, error: null, design: snap.design, revision: snap.revision } });
      const r = await transport.consolidate(algorithm);
      set({ consolidation: r.ok ? { ...get().consolidation, status: 'done', plan: r.value } : { ...get().consolidation, status: 'failed', error: r.error.message } });
    },

    async cancel() {
      await get().transport?.cancel();
    },
    clearMigration() {
      set({ migration: IDLE_MIGRATION, ...(get().playing === 'migration' ? { playing: null, playback: null } : {}) });
    },
    markApplied(text) {
      set({ migration: { ...get().migration, applied: text }, ...(get().playing === 'migration' ? { playing: null, playback: null } : {}) });
    },
    show(which) {
      if (get().playing !== which) startPlayback(which);
    },
    play: () => pb(play),
    pause: () => pb(pause),
    togglePlay: () => pb((p) => (p.playing ? pause(p) : play(p))),
    stepForward() {
      const tl = timeline();
      pb((p) => seek(pause(p), tl ? tl.next(p.position) : p.end));
    },
    stepBack() {
      const tl = timeline();
      pb((p) => seek(pause(p), tl ? tl.prev(p.position) : 0));
    },
    seek: (t) => pb((p) => seek(p, t)),
    setSpeed: (s) => pb((p) => setSpeed(p, s)),
    stepSpeed: (dir) => pb((p) => stepSpeed(p, dir)),
    tick: (wallMs) => pb((p) => tick(p, wallMs)),
  };
});
