import type { Command } from '../../../shared/engine/commands/types';
import { DEFAULT_PROPS, type Design, type Kind, type NodeId, type NodeLayout, type RelationKind } from '../../../shared/model';

/** A copied element: its kind, own properties and place (relative to its original parent). */
export interface ClipNode { id: NodeId; kind: Kind; parentId: NodeId | null; props: Record<string, unknown>; layout: NodeLayout }
export interface ClipEdge { relation: RelationKind; source: NodeId; target: NodeId; props: Record<string, unknown> }
/** What Copy keeps: whole subtrees (parents before children) and their connections. */
export interface Clip { nodes: ClipNode[]; edges: ClipEdge[] }

const clone = <T>(v: T): T => structuredClone(v);

/** The editable properties of an element, as addNode accepts them (no identity, no nesting). */
function ownProps(design: Design, id: NodeId): Record<string, unknown> {
  const el = design.topology.nodes.get(id)!;
  const defaults = DEFAULT_PROPS[el.kind] as Record<string, unknown>;
  return clone(Object.fromEntries(Object.entries(el).filter(([k]) => k in defaults)));
}

/**
 * Copies the selected elements with everything nested in them, the connections among them, and
 * the connections they start towards elements outside (a copied VM stays on its VLAN and pool).
 */
export function captureClip(design: Design, ids: readonly string[]): Clip {
  const t = design.topology;
  const picked = new Set<NodeId>();
  const walk = (id: NodeId) => {
    if (picked.has(id)) return;
    picked.add(id);
    for (const c of t.nodes.values()) if (c.parentId === id) walk(c.id);
  };
  for (const id of ids) if (t.nodes.has(id as NodeId)) walk(id as NodeId);
  // Parents before children: order by depth, then by id order of the design.
  const depth = (id: NodeId): number => {
    let d = 0;
    let p = t.nodes.get(id)?.parentId ?? null;
    while (p && t.nodes.has(p)) { d++; p = t.nodes.get(p)!.parentId; }
    return d;
  };
  const order = [...picked].sort((a, b) => depth(a) - depth(b));
  const nodes: ClipNode[] = order.map((id) => ({
    id,
    kind: t.nodes.get(id)!.kind,
    parentId: t.nodes.get(id)!.parentId,
    props: ownProps(design, id),
    layout: { ...(design.layout[id] ?? { x: 0, y: 0 }) },
  }));
  const edges: ClipEdge[] = [...t.edges.values()]
    .filter((e) => picked.has(e.source))
    .map((e) => ({ relation: e.relation, source: e.source, target: e.target, props: clone(e.props) as Record<string, unknown> }));
  return { nodes, edges };
}

export interface PasteOptions {
  /** Added to the position of each pasted top element (so the copy does not hide the original). */
  offset: { x: number; y: number };
  /** Paste the top elements into this element instead of their original parent. */
  into?: NodeId | null;
  /** Place the copied group's top-left corner here (flow coordinates of the target parent). */
  anchor?: { x: number; y: number };
  /** Suffix added to the names of the top elements. */
  suffix?: string;
}

/**
 * The commands that paste a clip, as one batch (one undo step). New ids are predicted from the
 * design's nextSeq, as the engine hands them out in order (`kind-<n>`, `edge-<n>`); connections
 * to outside elements are kept only while those still exist. A vNIC's IP and MAC are cleared,
 * because an address belongs to one interface.
 */
export function planPaste(design: Design, clip: Clip, opts: PasteOptions): { command: Command; newIds: Map<NodeId, NodeId>; roots: NodeId[] } {
  const t = design.topology;
  let seq = t.nextSeq;
  const newIds = new Map<NodeId, NodeId>();
  const inClip = new Set(clip.nodes.map((n) => n.id));
  const commands: Command[] = [];
  const roots = clip.nodes.filter((n) => !n.parentId || !inClip.has(n.parentId));
  const minX = Math.min(...roots.map((r) => r.layout.x));
  const minY = Math.min(...roots.map((r) => r.layout.y));
  const rootIds: NodeId[] = [];
  for (const n of clip.nodes) {
    const id = `${n.kind}-${seq++}` as NodeId;
    newIds.set(n.id, id);
    const isRoot = !n.parentId || !inClip.has(n.parentId);
    let parentId: NodeId | null;
    let position = { x: n.layout.x, y: n.layout.y };
    const props = clone(n.props);
    if (isRoot) {
      rootIds.push(id);
      parentId = opts.into !== undefined ? opts.into : n.parentId && t.nodes.has(n.parentId) ? n.parentId : null;
      const base = opts.anchor ? { x: opts.anchor.x + (n.layout.x - minX), y: opts.anchor.y + (n.layout.y - minY) } : position;
      position = { x: Math.round(base.x + opts.offset.x), y: Math.round(base.y + opts.offset.y) };
      if (opts.suffix && typeof props.name === 'string') props.name = `${props.name}${opts.suffix}`;
    } else {
      parentId = newIds.get(n.parentId!)!;
    }
    commands.push({ type: 'addNode', kind: n.kind, parentId, position, props });
  }
  for (const e of clip.edges) {
    const source = newIds.get(e.source) ?? (t.nodes.has(e.source) ? e.source : null);
    const target = newIds.get(e.target) ?? (t.nodes.has(e.target) ? e.target : null);
    if (!source || !target) continue;
    const props = clone(e.props);
    if (e.relation === 'attachedTo') { props.ip = ''; props.mac = ''; }
    commands.push({ type: 'connect', source, target, relation: e.relation, props });
    seq++;
  }
  const label = clip.nodes.length === 1 ? `Paste ${String(clip.nodes[0]!.props.name ?? clip.nodes[0]!.kind)}` : `Paste ${clip.nodes.length} elements`;
  return { command: { type: 'batch', label, commands }, newIds, roots: rootIds };
}
