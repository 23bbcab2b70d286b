// A headless lab builder (in the spirit of tldraw's TestEditor): tests read like a person building a
// lab, and every step goes through applyCommand, so they exercise the same path as the app.
import { applyCommand } from '../../../shared/engine/commands/apply';
import type { Command, DomainEvent } from '../../../shared/engine/commands/types';
import { emptyDesign } from '../../../shared/engine/design';
import type { Finding } from '../../../shared/engine/rules/types';
import { LiveValidator } from '../../../shared/engine/validation/liveValidator';
import { validateDesign } from '../../../shared/engine/validation/validate';
import {
  hypervisorFamilyProps, type Design, type EdgeId, type HypervisorFamily, type Kind, type NodeId, type ProjectSettings, type RelationKind,
} from '../../../shared/model';

type Props = Record<string, unknown>;

export class TopologyBuilder {
  design: Design = emptyDesign();
  /** Follows every step incrementally, so each test also checks live == full validation. */
  readonly live = new LiveValidator();
  private placed = 0;

  /** Applies a command (throws with the engine's reason if it is refused). */
  apply(cmd: Command): DomainEvent[] {
    const r = applyCommand(this.design, cmd);
    if (!r.ok) throw new Error(`${cmd.type} refused: ${r.error.message}`);
    this.design = r.value.design;
    this.live.update(this.design, r.value.events);
    return r.value.events;
  }

  /** Tries a command; returns whether the engine accepted it. */
  tryApply(cmd: Command): boolean {
    const r = applyCommand(this.design, cmd);
    if (r.ok) {
      this.design = r.value.design;
      this.live.update(this.design, r.value.events);
    }
    return r.ok;
  }

  add(kind: Kind, parentId: NodeId | null, props: Props = {}): NodeId {
    const ev = this.apply({ type: 'addNode', kind, parentId, position: { x: 40 * this.placed++, y: 0 }, props });
    return ev.find((e) => e.type === 'nodeAdded')!.id;
  }

  connect(source: NodeId, target: NodeId, relation: RelationKind, props: Props = {}): EdgeId {
    const ev = this.apply({ type: 'connect', source, target, relation, props });
    return ev.find((e) => e.type === 'edgeAdded')!.id;
  }

  cluster(name: string, props: Props = {}): NodeId { return this.add('cluster', null, { name, ...props }); }
  host(name: string, props: Props = {}, cluster: NodeId | null = null): NodeId { return this.add('host', cluster, { name, ...props }); }
  hostOs(host: NodeId, props: Props = {}): NodeId { return this.add('hostOs', host, props); }
  hypervisor(parent: NodeId, family: HypervisorFamily = 'kvm', props: Props = {}): NodeId {
    return this.add('hypervisor', parent, { name: family, ...hypervisorFamilyProps(family), ...props });
  }
  dom0(hv: NodeId, props: Props = {}): NodeId { return this.add('dom0', hv, props); }
  /** A Xen hypervisor with its Dom0. */
  xen(host: NodeId, props: Props = {}): NodeId {
    const hv = this.hypervisor(host, 'xen', props);
    this.dom0(hv);
    return hv;
  }
  vm(hv: NodeId, name: string, props: Props = {}): NodeId { return this.add('vm', hv, { name, ...props }); }
  container(parent: NodeId, name: string, props: Props = {}): NodeId { return this.add('container', parent, { name, ...props }); }
  vswitch(parent: NodeId, props: Props = {}): NodeId { return this.add('vswitch', parent, props); }
  vlan(name: string, vlanId: number, subnet: string, props: Props = {}): NodeId {
    const base = subnet.split('/')[0]!.split('.').slice(0, 3).join('.');
    return this.add('vlan', null, { name, vlanId, subnet, gateway: `${base}.1`, ...props });
  }
  physicalSwitch(name: string, trunkVlans: number[], props: Props = {}): NodeId { return this.add('physicalSwitch', null, { name, trunkVlans, ...props }); }
  pool(name: string, props: Props = {}, parent: NodeId | null = null): NodeId { return this.add('storagePool', parent, { name, ...props }); }
  managementServer(name: string, props: Props = {}, parent: NodeId | null = null): NodeId { return this.add('managementServer', parent, { name, ...props }); }
  loadBalancer(name: string, props: Props = {}): NodeId { return this.add('loadBalancer', null, { name, ...props }); }
  desktopPool(cluster: NodeId | null, name: string, props: Props = {}): NodeId { return this.add('desktopPool', cluster, { name, ...props }); }

  uplink(source: NodeId, sw: NodeId, vlans: number[], props: Props = {}): EdgeId { return this.connect(source, sw, 'uplinksTo', { vlans, ...props }); }
  storagePath(host: NodeId, pool: NodeId, protocol = 'nfs'): EdgeId { return this.connect(host, pool, 'storagePath', { protocol }); }
  attach(source: NodeId, vlan: NodeId, ip = '', props: Props = {}): EdgeId { return this.connect(source, vlan, 'attachedTo', { ip, ...props }); }
  disk(vm: NodeId, pool: NodeId, props: Props = {}): EdgeId { return this.connect(vm, pool, 'backedBy', props); }
  manages(server: NodeId, target: NodeId): EdgeId { return this.connect(server, target, 'manages'); }
  balances(lb: NodeId, member: NodeId): EdgeId { return this.connect(lb, member, 'balances'); }
  member(vm: NodeId, pool: NodeId): EdgeId { return this.connect(vm, pool, 'memberOf'); }

  set(id: NodeId | EdgeId, props: Props): void { this.apply({ type: 'setProps', id, props }); }
  nest(id: NodeId, parentId: NodeId | null): void { this.apply({ type: 'nestNode', id, parentId, position: { x: 0, y: 0 } }); }
  remove(...ids: (NodeId | EdgeId)[]): void { this.apply({ type: 'remove', ids }); }

  /** Changes project settings with the setSettings command, as the Project Settings dialog does. */
  settings(patch: Partial<ProjectSettings>): void { this.apply({ type: 'setSettings', settings: patch }); }

  /** Findings of a full validation, optionally of one rule. */
  findings(ruleId?: string): Finding[] {
    const all = validateDesign(this.design);
    return ruleId ? all.filter((f) => f.ruleId === ruleId) : all;
  }

  node<T = Record<string, unknown>>(id: NodeId): T { return this.design.topology.nodes.get(id) as T; }
}

/** A small working lab: one KVM host on a trunked switch with a VM on VLAN 10 and an NFS pool. */
export function kvmLab(lab = new TopologyBuilder()) {
  const vlan = lab.vlan('prod', 10, '10.0.10.0/24');
  const sw = lab.physicalSwitch('tor-1', [10]);
  const host = lab.host('esx-a');
  const hv = lab.hypervisor(host, 'kvm');
  const vm = lab.vm(hv, 'web-1');
  const pool = lab.pool('nfs-1');
  const uplink = lab.uplink(host, sw, [10]);
  const path = lab.storagePath(host, pool, 'nfs');
  const nic = lab.attach(vm, vlan, '10.0.10.11');
  const disk = lab.disk(vm, pool);
  return { lab, vlan, sw, host, hv, vm, pool, uplink, path, nic, disk };
}
