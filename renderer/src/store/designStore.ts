import type { Finding } from '../../../shared/engine/rules/types';
import { create } from 'zustand';
import type { Command, DomainEvent } from '../../../shared/engine/commands/types';
import type { EngineError } from '../../../shared/engine/result';
import type { DesignSnapshot } from '../../../shared/ipc/contract';
import type { EdgeId, NodeId } from '../../../shared/model';
import type { EngineClient } from '../engine/engineClient';

export interface Notice { id: number; kind: 'error' | 'info'; text: string; at?: { x: number; y: number } }

interface DesignState {
  client: EngineClient | null;
  snapshot: DesignSnapshot | null;
  selection: string[];
  notices: Notice[];
  connect(client: EngineClient): Promise<void>;
  /** Sends one command; a refusal becomes a notice (optionally next to the cursor). */
  run(command: Command, at?: { x: number; y: number }): Promise<boolean>;
  /** Like run, but answers the domain events (e.g. the ids of added elements), or null when refused. */
  apply(command: Command, at?: { x: number; y: number }): Promise<DomainEvent[] | null>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  select(ids: string[]): void;
  notify(kind: Notice['kind'], text: string, at?: { x: number; y: number }): void;
  dismiss(id: number): void;
}

let noticeSeq = 1;

/** The selection without ids the snapshot no longer has (after undo, remove, load). */
function pruneSelection(selection: string[], s: DesignSnapshot): string[] {
  const { nodes, edges } = s.design.topology;
  const kept = selection.filter((id) => nodes.has(id as NodeId) || edges.has(id as EdgeId));
  return kept.length === selection.length ? selection : kept;
}

/** A projection of the engine's state plus UI selection; it never applies a rule itself. */
export const useDesign = create<DesignState>((set, get) => {
  const adopt = (snapshot: DesignSnapshot) => set({ snapshot, selection: pruneSelection(get().selection, snapshot) });
  return {
    client: null,
    snapshot: null,
    selection: [],
    notices: [],
    async connect(client) {
      set({ client });
      client.on('designChanged', ({ snapshot }) => {
        const current = get().snapshot;
        if (!current || snapshot.revision > current.revision) adopt(snapshot);
      });
      const r = await client.call('designGet', {});
      if (r.ok) adopt(r.value);
    },
    async run(command, at) {
      return (await get().apply(command, at)) !== null;
    },
    async apply(command, at) {
      const { client } = get();
      if (!client) return null;
      const r = await client.call('designCommand', { command });
      if (!r.ok) {
        get().notify('error', r.error.message, at);
        return null;
      }
      const current = get().snapshot;
      if (!current || r.value.snapshot.revision > current.revision) adopt(r.value.snapshot);
      return r.value.events;
    },
    async undo() {
      const r = await get().client?.call('designUndo', {});
      if (r?.ok) adopt(r.value);
    },
    async redo() {
      const r = await get().client?.call('designRedo', {});
      if (r?.ok) adopt(r.value);
    },
    select: (ids) => {
      const cur = get().selection;
      if (ids.length !== cur.length || ids.some((id, i) => id !== cur[i])) set({ selection: ids });
    },
    notify(kind, text, at) {
      const id = noticeSeq++;
      set({ notices: [...get().notices, at ? { id, kind, text, at } : { id, kind, text }] });
      setTimeout(() => get().dismiss(id), kind === 'error' ? 6000 : 3500);
    },
    dismiss: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
  };
});

export const errorText = (e: EngineError) => e.message;

/** The live findings of a snapshot (empty before the engine answered). */
export const findingsOf = (s: DesignSnapshot | null): Finding[] => s?.findings ?? [];
