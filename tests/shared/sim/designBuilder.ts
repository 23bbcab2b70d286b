import { DEFAULT_PROPS, DEFAULT_SETTINGS, edgeId, nodeId, RELATION_ENDS, type Design, type EdgeId, type Element, type Kind, type NodeId, type PropsOf, type Relation, type Scenario } from '../../../shared/model';
import { RELATION_DEFAULTS } from '../../../shared/engine/commands/relationDefaults';

/** Builds small designs for simulation tests without going through the command layer. */
export class DesignBuilder {
  private nodes = new Map<NodeId, Element>();
  private edges = new Map<EdgeId, Relation>();
  private seq = 1;

  add<K extends Kind>(kind: K, props: Partial<PropsOf<K>> = {}, parentId: NodeId | null = null): NodeId {
    const id = nodeId(`${kind}-${this.seq++}`);
    this.nodes.set(id, { ...structuredClone(DEFAULT_PROPS[kind]), ...props, id, kind, parentId } as unknown as Element);
    return id;
  }

  /** A host with a KVM hypervisor; returns both ids. */
  host(props: Partial<PropsOf<'host'>> = {}, parentId: NodeId | null = null): { host: NodeId; hv: NodeId } {
    const host = this.add('host', { ramGiB: 64, ...props }, parentId);
    const hv = this.add('hypervisor', { ramOvercommitPercent: 100, overheadRamMiB: 0 }, host);
    return { host, hv };
  }

  vm(hv: NodeId, props: Partial<PropsOf<'vm'>> = {}): NodeId {
    return this.add('vm', { ramMiB: 1024, vcpus: 1, workload: { cpuPercent: 30, dirtyRateMiBs: 20, wwsMiB: 1024 }, ...props }, hv);
  }

  uplink(source: NodeId, target: NodeId, speedMbps = 1000): EdgeId {
    const id = edgeId(`edge-${this.seq++}`);
    void RELATION_ENDS;
    this.edges.set(id, { id, relation: 'uplinksTo', source, target, props: { ...RELATION_DEFAULTS.uplinksTo, speedMbps } });
    return id;
  }

  build(scenarios: Scenario[] = []): Design {
    return {
      topology: { nodes: new Map(this.nodes), edges: new Map(this.edges), settings: { ...DEFAULT_SETTINGS }, nextSeq: this.seq },
      layout: {},
      scenarios,
    };
  }
}
