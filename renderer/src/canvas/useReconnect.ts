import type { Connection, FinalConnectionState, HandleType, IsValidConnection, OnConnectEnd, OnReconnect } from '@xyflow/react';
import type { MouseEvent as ReactMouseEvent } from 'react';
import { useCallback, useMemo, useRef } from 'react';
import type { Command } from '../../../shared/engine/commands/types';
import { relationFor } from '../../../shared/engine/queries/connection';
import { kindLabel } from '../../../shared/engine/queries/nesting';
import { RELATION_ENDS, type EdgeId, type NodeId, type RelationKind, type Topology } from '../../../shared/model';
import { useDesign } from '../store/designStore';
import { relationsBetween } from './connectHints';
import { nodeIdAt } from './useConnectGestures';
import type { RelationFlowEdge } from './toFlow';

type Point = { x: number; y: number };

export type ReconnectPlan =
  | { ok: true; command: Extract<Command, { type: 'batch' }> }
  | { ok: false; unchanged: true }
  | { ok: false; unchanged: false; reason: string };

const joinOr = (kinds: readonly string[]) => kinds.join(' or ');

/**
 * Moving one end of a connection: the same relation with the same properties between the new ends,
 * as one engine step (remove + connect in a batch, so one undo). Whether the relation may join the
 * new ends is the engine's relationFor, asked as if the old connection were already gone.
 */
export function planReconnect(t: Topology, edgeId: EdgeId, source: NodeId, target: NodeId): ReconnectPlan {
  const edge = t.edges.get(edgeId);
  if (!edge) return { ok: false, unchanged: false, reason: 'That connection no longer exists.' };
  if (edge.source === source && edge.target === target) return { ok: false, unchanged: true };
  const others = new Map(t.edges);
  others.delete(edgeId);
  const without: Topology = { ...t, edges: others };
  const fits = relationFor(without, source, target, edge.relation);
  if (!fits.ok) {
    const ends = RELATION_ENDS[edge.relation];
    const s = t.nodes.get(source);
    const d = t.nodes.get(target);
    if (fits.error.code !== 'connection-not-allowed' || !s || !d) return { ok: false, unchanged: false, reason: fits.error.message };
    const instead = relationsBetween(without, source, target);
    const hint = instead.length > 0 ? ` Those two can be joined as “${RELATION_ENDS[instead[0]!].label}”: draw a new connection for that.` : '';
    return {
      ok: false,
      unchanged: false,
      reason: `A “${ends.label}” connection runs from a ${joinOr(ends.sources.map(kindLabel))} to a ${joinOr(ends.targets.map(kindLabel))}, so it cannot join “${s.name}” (${kindLabel(s.kind)}) to “${d.name}” (${kindLabel(d.kind)}).${hint}`,
    };
  }
  return {
    ok: true,
    command: {
      type: 'batch',
      label: 'Reconnect',
      commands: [
        { type: 'remove', ids: [edgeId] },
        { type: 'connect', source, target, relation: edge.relation as RelationKind, props: { ...edge.props } },
      ],
    },
  };
}

/**
 * Sends a reconnection to the engine. A refusal is explained next to the pointer, like a refused
 * connection; the moved connection (a new id) is selected. Answers whether the design changed.
 */
export async function reconnectRelation(edgeId: EdgeId, source: NodeId, target: NodeId, at?: Point): Promise<boolean> {
  const { snapshot, apply, notify, select } = useDesign.getState();
  const t = snapshot?.design.topology;
  if (!t) return false;
  const plan = planReconnect(t, edgeId, source, target);
  if (!plan.ok) {
    if (!plan.unchanged) notify('error', plan.reason, at);
    return false;
  }
  const events = await apply(plan.command, at);
  const added = events?.find((e) => e.type === 'edgeAdded');
  if (added) select([added.id]);
  return !!added;
}

const pointerOf = (e: MouseEvent | TouchEvent): Point | undefined => {
  if ('clientX' in e) return { x: e.clientX, y: e.clientY };
  const touch = e.changedTouches[0];
  return touch ? { x: touch.clientX, y: touch.clientY } : undefined;
};

/** Which end moves: React Flow names the end that stays (the handle the drag starts from). */
export function newEnds(edge: { source: string; target: string }, fixed: HandleType, to: string): { source: NodeId; target: NodeId } {
  return (fixed === 'target' ? { source: to, target: edge.target } : { source: edge.source, target: to }) as { source: NodeId; target: NodeId };
}

/**
 * Dragging an end of a connection to another element (React Flow's reconnect events), checked by
 * the engine. While a reconnection is under way, the plain connect gesture's end handler stays out
 * of it (React Flow calls it for reconnections too) and validity is judged for the moved relation.
 */
export function useReconnect(base: { isValidConnection: IsValidConnection<RelationFlowEdge>; onConnectEnd: OnConnectEnd }) {
  const active = useRef<{ edge: RelationFlowEdge; fixed: HandleType } | null>(null);
  const dropped = useRef<Connection | null>(null);

  const onReconnectStart = useCallback((_e: MouseEvent | TouchEvent | ReactMouseEvent, edge: RelationFlowEdge, fixed: HandleType) => {
    active.current = { edge, fixed };
    dropped.current = null;
  }, []);

  // Dropped on a handle that accepts it; acted on in onReconnectEnd, which knows the pointer.
  const onReconnect: OnReconnect<RelationFlowEdge> = useCallback((_old, connection) => { dropped.current = connection; }, []);

  const onReconnectEnd = useCallback((event: MouseEvent | TouchEvent, edge: RelationFlowEdge, fixed: HandleType, state: FinalConnectionState) => {
    active.current = null;
    const connection = dropped.current;
    dropped.current = null;
    const at = pointerOf(event);
    if (connection) {
      void reconnectRelation(edge.id as EdgeId, connection.source as NodeId, connection.target as NodeId, at);
      return;
    }
    // Dropped on an element's body (or on a handle that refused): move the end there if the engine agrees.
    const to = state.toNode?.id ?? (at ? nodeIdAt(at) : null);
    if (!to) return; // On empty canvas: the connection stays as it was.
    const ends = newEnds(edge, fixed, to);
    void reconnectRelation(edge.id as EdgeId, ends.source, ends.target, at);
  }, []);

  const { isValidConnection: baseValid, onConnectEnd: baseEnd } = base;
  const isValidConnection: IsValidConnection<RelationFlowEdge> = useCallback((c) => {
    const moving = active.current;
    if (!moving) return baseValid(c);
    const t = useDesign.getState().snapshot?.design.topology;
    if (!t) return false;
    const plan = planReconnect(t, moving.edge.id as EdgeId, c.source as NodeId, c.target as NodeId);
    return plan.ok || plan.unchanged;
  }, [baseValid]);

  const onConnectEnd: OnConnectEnd = useCallback((event, state) => {
    if (!active.current) baseEnd(event, state);
  }, [baseEnd]);

  return useMemo(() => ({ onReconnectStart, onReconnect, onReconnectEnd, isValidConnection, onConnectEnd }), [onReconnectStart, onReconnect, onReconnectEnd, isValidConnection, onConnectEnd]);
}

/** Where a selected connection shows its end grips: a little inside the drawn line, off the boxes' borders. */
export function gripPoints(sx: number, sy: number, tx: number, ty: number, inset = 7): { source: Point; target: Point } {
  const len = Math.hypot(tx - sx, ty - sy);
  const k = len > inset * 3 ? inset / len : 0;
  return {
    source: { x: sx + (tx - sx) * k, y: sy + (ty - sy) * k },
    target: { x: tx - (tx - sx) * k, y: ty - (ty - sy) * k },
  };
}

/**
 * A grip drawn at the visible end of a floating connection starts React Flow's own reconnection:
 * the press is handed to the edge's reconnect anchor (which React Flow places at the handles).
 */
export function startReconnectDrag(e: ReactMouseEvent<SVGElement>, end: 'source' | 'target'): void {
  if (e.button !== 0) return;
  const anchor = e.currentTarget.closest('.react-flow__edge')?.querySelector(`.react-flow__edgeupdater-${end}`);
  if (!anchor) return;
  e.preventDefault();
  e.stopPropagation();
  anchor.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, button: 0, buttons: 1, clientX: e.clientX, clientY: e.clientY, view: window }));
}
