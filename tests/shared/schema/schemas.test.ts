import { describe, expect, it } from 'vitest';
import { RELATION_DEFAULTS } from '../../../shared/engine/commands/relationDefaults';
import { DEFAULT_PROPS, DEFAULT_SETTINGS, KINDS, type NodeId } from '../../../shared/model';
import { designSchema } from '../../../shared/schema/design';
import { ELEMENT_SCHEMAS, elementSchema } from '../../../shared/schema/kinds';
import { RELATION_KINDS, RELATION_PROPS_SCHEMAS } from '../../../shared/schema/relation';
import { settingsSchema } from '../../../shared/schema/settings';
import { storedDesign, type StoredDesign } from '../../../shared/schema/storedDesign';
import { smallDesign, type Loose } from './helpers';

const issuesOf = (d: unknown) => {
  const r = designSchema.safeParse(d);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('strict schemas', () => {
  it('accept every default the engine hands out (restore falls back on them)', () => {
    for (const kind of KINDS) {
      const el = { ...DEFAULT_PROPS[kind], id: `${kind}-1`, kind, parentId: null };
      expect(ELEMENT_SCHEMAS[kind].safeParse(el).success, kind).toBe(true);
      expect(elementSchema.safeParse(el).success, kind).toBe(true);
    }
    for (const r of RELATION_KINDS) expect(RELATION_PROPS_SCHEMAS[r].safeParse(RELATION_DEFAULTS[r]).success, r).toBe(true);
    expect(settingsSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
  });

  it('refuse unknown properties, wrong kinds and absurd numbers', () => {
    const vm = { ...DEFAULT_PROPS.vm, id: 'vm-1', kind: 'vm', parentId: null };
    expect(elementSchema.safeParse({ ...vm, colour: 'red' }).success).toBe(false);
    expect(elementSchema.safeParse({ ...vm, kind: 'router' }).success).toBe(false);
    expect(elementSchema.safeParse({ ...vm, ramMiB: -1 }).success).toBe(false);
    expect(elementSchema.safeParse({ ...vm, ramMiB: 1e12 }).success).toBe(false);
    expect(elementSchema.safeParse({ ...vm, vcpus: 2.5 }).success).toBe(false);
    expect(elementSchema.safeParse({ ...vm, id: '__proto__' }).success).toBe(false);
    expect(elementSchema.safeParse({ ...vm, workload: { ...vm.workload, trace: [10, 20] } }).success).toBe(true);
  });

  it('accept a design the engine built, and check its cross-references', () => {
    const d = storedDesign(smallDesign());
    expect(issuesOf(d)).toEqual([]);
    const dangling = { ...d, topology: { ...d.topology, edges: { ...d.topology.edges, 'edge-5': { ...d.topology.edges['edge-5' as never]!, target: 'vlan-9' } } } };
    expect(issuesOf(dangling)).toEqual(['topology.edges.edge-5: end "vlan-9" does not exist']);
    const noPlace: StoredDesign = { ...d, layout: { ...d.layout, ['vm-3' as NodeId]: undefined! } };
    delete (noPlace.layout as Record<string, unknown>)['vm-3'];
    expect(issuesOf(noPlace)).toEqual(['layout.vm-3: element has no position']);
    const lowSeq = { ...d, topology: { ...d.topology, nextSeq: 3 } };
    expect(issuesOf(lowSeq)).toEqual(['topology.nextSeq: 3 would reuse id number 5']);
  });

  it('find nesting that is not allowed or loops', () => {
    const d = storedDesign(smallDesign());
    const nodes = d.topology.nodes as Record<string, Loose>;
    const wrongKind = { ...d, topology: { ...d.topology, nodes: { ...nodes, 'vm-3': { ...nodes['vm-3'], parentId: 'host-1' } } } };
    expect(issuesOf(wrongKind)).toEqual(['topology.nodes.vm-3.parentId: a vm cannot nest in a host']);
    const loop = { ...d, topology: { ...d.topology, nodes: { ...nodes, 'hypervisor-2': { ...nodes['hypervisor-2'], parentId: 'vm-3' } } } };
    expect(issuesOf(loop)).toEqual(['topology.nodes.hypervisor-2.parentId: nesting loops: hypervisor-2 → vm-3']);
  });
});
