import type { Element, Layout, NodeId, NodeLayout } from '../../model';
import { nodeLayoutSchema } from '../layout';
import { describeGot } from './describe';
import { repairValue } from './repairValue';
import { at, isPlainObject, type Warnings } from './warnings';

/** Where the i-th element goes when it has no usable position: a grid near its parent's top-left corner. */
function placeholder(i: number): NodeLayout {
  return { x: 40 + (i % 6) * 220, y: 60 + Math.floor(i / 6) * 120 };
}

/** Keeps (and mends) the position of every surviving element, places the ones without, drops the rest. */
export function restoreLayout(raw: unknown, nodes: Readonly<Record<NodeId, Element>>, w: Warnings): Layout {
  const src = isPlainObject(raw) ? raw : {};
  if (raw !== undefined && !isPlainObject(raw)) w.add('layout', `expected an object, got ${describeGot(raw)} — elements were placed in a grid`);
  const layout: Record<string, NodeLayout> = {};
  Object.keys(nodes).forEach((id, i) => {
    const path = at('layout', id, true);
    const spot = placeholder(i);
    if (!Object.hasOwn(src, id)) {
      w.add(path, `missing — placed at (${spot.x}, ${spot.y})`);
      layout[id] = spot;
      return;
    }
    const r = repairValue(nodeLayoutSchema, src[id], spot, path, w);
    layout[id] = r.ok ? (r.value as NodeLayout) : spot;
  });
  const stray = Object.keys(src).filter((id) => !Object.hasOwn(nodes, id)).length;
  if (stray) w.add('layout', `${stray} ${stray === 1 ? 'position belongs' : 'positions belong'} to no element — dropped`);
  return layout as Layout;
}
