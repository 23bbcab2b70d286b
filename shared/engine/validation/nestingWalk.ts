import type { Element, Relation } from '../../model';
import type { Adjacency, TopologyIndex } from './topologyIndex';

/**
 * Visits every element reachable from the roots of the nesting forest in post-order — each element
 * after everything nested in it, then the connections leaving it — keeping `path` equal to the chain
 * from the root down to the element being visited (itself last). Roots with nothing nested in them
 * (pools, switches, VLANs, management servers) go last, so what they add up (disks, uplinks, managed
 * hosts arriving from the clusters) has been visited just before.
 */
export function walkNesting(
  ix: TopologyIndex,
  roots: readonly Element[],
  path: Element[],
  onNode: (n: Element) => void,
  onEdge: (e: Relation) => void,
): void {
  // Two parallel stacks: elements still to visit and their adjacency; `opened` marks those whose kids
  // were pushed (they are on the path).
  const stack: Element[] = [];
  const adjs: Adjacency[] = [];
  const opened: boolean[] = [];
  const order = [...roots.filter((r) => ix.adjacency(r.id).kids?.length), ...roots.filter((r) => !ix.adjacency(r.id).kids?.length)];
  for (let r = order.length - 1; r >= 0; r--) {
    stack.push(order[r]!);
    adjs.push(ix.adjacency(order[r]!.id));
    opened.push(false);
  }
  while (stack.length) {
    const top = stack.length - 1;
    const n = stack[top]!;
    const a = adjs[top]!;
    if (!opened[top]) {
      opened[top] = true;
      path.push(n);
      const kids = a.kids;
      if (kids && kids.length) {
        const kidAdjacency = a.kidAdjacency!;
        for (let k = kids.length - 1; k >= 0; k--) {
          stack.push(kids[k]!);
          adjs.push(kidAdjacency[k]!);
          opened.push(false);
        }
        continue;
      }
    }
    stack.pop();
    adjs.pop();
    opened.pop();
    onNode(n);
    if (a.outs) for (const e of a.outs) onEdge(e);
    path.pop();
  }
}
