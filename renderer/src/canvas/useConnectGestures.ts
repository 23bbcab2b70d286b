import type { Connection, FinalConnectionState, IsValidConnection } from '@xyflow/react';
import { useCallback, useRef } from 'react';
import { relationFor } from '../../../shared/engine/queries/connection';
import { RELATION_ENDS, type NodeId, type RelationKind } from '../../../shared/model';
import { useDialogs } from '../app/dialogStore';
import { useDesign } from '../store/designStore';
import { relationsBetween } from './connectHints';
import type { RelationFlowEdge } from './toFlow';

type Point = { x: number; y: number };

const pointerOf = (e: MouseEvent | TouchEvent): Point | undefined => {
  if ('clientX' in e) return { x: e.clientX, y: e.clientY };
  const t = e.changedTouches[0];
  return t ? { x: t.clientX, y: t.clientY } : undefined;
};

/** The innermost element drawn under a screen point (nested elements are painted above their parents). */
export function nodeIdAt(p: Point): string | null {
  for (const el of document.elementsFromPoint(p.x, p.y)) {
    const node = el.closest('.react-flow__node');
    if (node) return node.getAttribute('data-id');
  }
  return null;
}

/**
 * Connects two elements with the relation the engine allows; asks which one when several fit.
 * A refusal is explained next to the pointer. The new connection is selected so its properties
 * (IP, VLANs, disk size) can be filled in at once.
 */
export async function connectElements(source: NodeId, target: NodeId, at?: Point, relation?: RelationKind): Promise<boolean> {
  const { snapshot, apply, notify, select } = useDesign.getState();
  const t = snapshot?.design.topology;
  if (!t) return false;
  let chosen = relation;
  if (!chosen) {
    const fits = relationsBetween(t, source, target);
    if (fits.length === 0) {
      const why = relationFor(t, source, target);
      notify('error', why.ok ? 'This connection is not allowed.' : why.error.message, at);
      return false;
    }
    chosen = fits[0]!;
    if (fits.length > 1) {
      const pick = await useDialogs.getState().choose(
        'Which connection?',
        `"${t.nodes.get(source)!.name}" can connect to "${t.nodes.get(target)!.name}" in more than one way.`,
        fits.map((r) => ({ id: r, label: RELATION_ENDS[r].label })),
      );
      if (!pick) return false;
      chosen = pick as RelationKind;
    }
  }
  const events = await apply({ type: 'connect', source, target, relation: chosen }, at);
  const added = events?.find((e) => e.type === 'edgeAdded');
  if (added) select([added.id]);
  return !!added;
}

/** Typed connections: validity from the engine's relationFor, refusals explained at the pointer. */
export function useConnectGestures() {
  const connected = useRef(false);

  const isValidConnection: IsValidConnection<RelationFlowEdge> = useCallback((c) => {
    const t = useDesign.getState().snapshot?.design.topology;
    return !!t && relationFor(t, c.source as NodeId, c.target as NodeId).ok;
  }, []);

  const onConnect = useCallback((c: Connection) => {
    connected.current = true;
    void connectElements(c.source as NodeId, c.target as NodeId);
  }, []);

  const onConnectEnd = useCallback((event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    if (connected.current) {
      connected.current = false;
      return;
    }
    const at = pointerOf(event);
    const from = state.fromNode?.id;
    if (!from || !at) return;
    // Dropped on a node's body (or on an invalid handle): connect if the engine allows it, else say why.
    const to = state.toNode?.id ?? nodeIdAt(at);
    if (!to || to === from) return;
    const backwards = state.fromHandle?.type === 'target';
    void connectElements((backwards ? to : from) as NodeId, (backwards ? from : to) as NodeId, at);
  }, []);

  return { isValidConnection, onConnect, onConnectEnd };
}
