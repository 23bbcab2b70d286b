import { describe, expect, it } from 'vitest';
import { RULES } from '../../../shared/engine/rules/registry';
import type { FindingDraft } from '../../../shared/engine/rules/types';
import { ValidationContext } from '../../../shared/engine/validation/context';
import { LiveValidator } from '../../../shared/engine/validation/liveValidator';
import { TopologyIndex } from '../../../shared/engine/validation/topologyIndex';
import type { Design, EdgeId, NodeId, Relation } from '../../../shared/model';
import { richLab } from './richLab';

/** Every rule over every subject it lists, one rule after another: the plain definition of a full pass. */
function reference(design: Design): string[] {
  const ctx = new ValidationContext(design.topology, TopologyIndex.of(design.topology));
  const out: string[] = [];
  for (const rule of RULES) {
    for (const s of rule.subjects(ctx)) {
      let n = 0;
      const report = (d: FindingDraft) => out.push(`${rule.id}|${s}|${n++} ${d.message}`);
      try {
        rule.check(ctx, s, report);
      } catch (e) {
        out.push(`${rule.id}|${s}|0 Rule "${rule.title}" could not check ${s}: ${(e as Error).message}`);
      }
    }
  }
  return out.sort();
}

const found = (design: Design) => new LiveValidator().full(design).map((f) => `${f.key} ${f.message}`).sort();

describe('the full pass (walks the nesting forest, rules grouped by subjects)', () => {
  it('checks exactly what running each rule over its subjects checks', () => {
    const d = richLab();
    expect(found(d)).toEqual(reference(d));
  });

  it('still checks everything in a damaged design: a parent cycle, a missing parent, a connection from nowhere', () => {
    const d = richLab();
    const nodes = new Map(d.topology.nodes);
    const edges = new Map(d.topology.edges);
    const vms = [...nodes.values()].filter((n) => n.kind === 'vm');
    const hvs = [...nodes.values()].filter((n) => n.kind === 'hypervisor');
    // Two VMs nested in each other, and a hypervisor nested in itself: no walk from a root reaches them.
    nodes.set(vms[0]!.id, { ...vms[0]!, parentId: vms[1]!.id });
    nodes.set(vms[1]!.id, { ...vms[1]!, parentId: vms[0]!.id });
    nodes.set(hvs[0]!.id, { ...hvs[0]!, parentId: hvs[0]!.id });
    // A VM whose parent is gone, and connections leaving elements that are gone.
    nodes.set(vms[2]!.id, { ...vms[2]!, parentId: 'hypervisor-gone' as NodeId });
    const attached = [...edges.values()].find((e) => e.relation === 'attachedTo')!;
    const disk = [...edges.values()].find((e) => e.relation === 'backedBy')!;
    edges.set('edge-ghost-1' as EdgeId, { ...attached, id: 'edge-ghost-1' as EdgeId, source: 'vm-gone' as NodeId, props: { ...attached.props, ip: '999.1.1.1' } } as Relation);
    edges.set('edge-ghost-2' as EdgeId, { ...disk, id: 'edge-ghost-2' as EdgeId, source: 'vm-gone' as NodeId, props: { ...disk.props, sizeGiB: 10, writtenGiB: 20 } } as Relation);
    const damaged: Design = { ...d, topology: { ...d.topology, nodes, edges } };
    const f = found(damaged);
    expect(f).toEqual(reference(damaged));
    expect(f.some((x) => x.startsWith(`element-needs-parent|${vms[2]!.id}|`))).toBe(true);
    expect(f.some((x) => x.startsWith('ip-in-subnet|edge-ghost-1|'))).toBe(true);
    expect(f.some((x) => x.startsWith('disk-written-exceeds-size|edge-ghost-2|'))).toBe(true);
  });
});
