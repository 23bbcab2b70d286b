import type { Element, Relation } from '../../model';
import { NONE } from './adjacencyLists';
import type { TopologyIndex } from './topologyIndex';

/**
 * Visits every element reachable from the roots of the nesting forest in post-order — each element
 * after everything nested in it, then the connections leaving it — keeping `path` equal to the chain
 * from the root down to the element being visited (itself last), and `pathIds` to their ids. Roots with nothing nested in them
 * (pools, switches, VLANs, management servers) go last, so what they add up (disks, uplinks, managed
 * hosts arriving from the clusters) has been visited just before.
 */
export function walkNesting(
  ix: TopologyIndex,
  roots: readonly Element[],
  path: Element[],
  pathIds: string[],
  onNode: (n: Element) => void,
  onEdge: (e: Relation) => void,
): void {
  const l = ix.lists;
  const slots = roots.map((r) => l.slotOf(r.id));
  const order = [...slots.filter((s) => l.firstKidOf(s) !== NONE), ...slots.filter((s) => l.firstKidOf(s) === NONE)];
  // The slots of `path`, from the root down.
  const open: number[] = [];
  const descend = (s: number): void => {
    for (; s !== NONE; s = l.firstKidOf(s)) {
      open.push(s);
      const n = l.node(s)!;
      path.push(n);
      pathIds.push(n.id);
    }
  };
  for (const root of order) {
    descend(root);
    while (open.length) {
      const s = open.pop()!;
      onNode(path[path.length - 1]!);
      for (let e = l.firstOutOf(s); e !== NONE; e = l.nextOutOf(e)) onEdge(l.edge(e));
      path.pop();
      pathIds.pop();
      // Next: the following sibling's subtree, or else the parent (now on top of `open`).
      if (open.length) descend(l.nextSiblingOf(s));
    }
  }
}
