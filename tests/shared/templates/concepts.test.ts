import { describe, expect, it } from 'vitest';
import { HYPERVISOR_FAMILIES, type Design, type Element, type ElementByKind, type Kind } from '../../../shared/model';
import { runScenario } from '../../../shared/engine/sim/scenario/runScenario';
import { templateById } from '../../../shared/templates/registry';

// Each template exists to show particular concepts of the course; these checks keep them there.
const build = (id: string): Design => templateById(id)!.build();
const ofKind = <K extends Kind>(d: Design, k: K) => [...d.topology.nodes.values()].filter((n): n is ElementByKind[K] => n.kind === k);
const parentOf = (d: Design, n: Element) => (n.parentId ? d.topology.nodes.get(n.parentId) : undefined);
const edges = (d: Design, relation: string) => [...d.topology.edges.values()].filter((e) => e.relation === relation);

describe('templates show their concepts', () => {
  it('Xen lab: Xen with one Dom0, PV and HVM DomUs, two VLANs, an NFS pool', () => {
    const d = build('xen-lab');
    const [xen] = ofKind(d, 'hypervisor');
    expect(xen?.family).toBe('xen');
    expect(ofKind(d, 'dom0').map((x) => x.parentId)).toEqual([xen!.id]);
    const modes = ofKind(d, 'vm').map((v) => v.mode);
    expect(modes).toContain('pv');
    expect(modes).toContain('hvm');
    expect(ofKind(d, 'vlan').length).toBe(2);
    expect(ofKind(d, 'storagePool').map((p) => p.poolType)).toEqual(['nas-nfs']);
  });

  it('vSphere: three ESXi hosts in a cluster with HA and DRS, vCenter, a shared SAN, a vMotion network', () => {
    const d = build('vsphere-cluster');
    const [cluster] = ofKind(d, 'cluster');
    expect(cluster!.ha.enabled && cluster!.drs !== 'off').toBe(true);
    const hosts = ofKind(d, 'host');
    expect(hosts.length).toBe(3);
    expect(hosts.every((h) => h.parentId === cluster!.id)).toBe(true);
    expect(ofKind(d, 'hypervisor').every((h) => h.family === 'esxi' && hosts.some((x) => x.id === h.parentId))).toBe(true);
    const [vcenter] = ofKind(d, 'managementServer');
    expect(vcenter?.product).toBe('vcenter');
    expect(edges(d, 'manages').some((e) => e.source === vcenter!.id && e.target === cluster!.id)).toBe(true);
    expect(ofKind(d, 'storagePool').some((p) => p.poolType.startsWith('san') && p.shared)).toBe(true);
    expect(ofKind(d, 'vlan').some((v) => v.purpose === 'migration')).toBe(true);
  });

  it('vSphere scenarios: a live vMotion completes, and HA restarts the failed host\'s VM elsewhere', () => {
    const d = build('vsphere-cluster');
    const [vmotion, failure] = d.scenarios.map((s) => runScenario(d, s).report);
    expect(vmotion!.migrations.map((m) => [m.mode, m.status])).toEqual([['precopy', 'completed']]);
    const db = failure!.vms.find((v) => v.name === 'db-01')!;
    expect(db.state).toBe('running');
    expect(['esx-01', 'esx-02']).toContain(d.topology.nodes.get(db.host!)?.name);
  });

  it('Type-2 desktop lab: a hosted hypervisor on a host OS', () => {
    const d = build('type2-desktop-lab');
    const hv = ofKind(d, 'hypervisor');
    expect(hv.map((h) => HYPERVISOR_FAMILIES[h.family].type)).toEqual([2]);
    expect(parentOf(d, hv[0]!)?.kind).toBe('hostOs');
    expect(['virtualbox', 'vmware-workstation']).toContain(hv[0]!.family);
  });

  it('Containers: containers on a host OS, no hypervisor', () => {
    const d = build('containers-on-host');
    expect(ofKind(d, 'hypervisor')).toEqual([]);
    const containers = ofKind(d, 'container');
    expect(containers.length).toBeGreaterThan(1);
    expect(containers.every((c) => parentOf(d, c)?.kind === 'hostOs')).toBe(true);
  });

  it('Storage virtualization: SAN, NAS and object pools reached by hosts', () => {
    const d = build('storage-virtualization');
    const types = ofKind(d, 'storagePool').map((p) => p.poolType.split('-')[0]);
    expect(new Set(types)).toEqual(new Set(['san', 'nas', 'object']));
    const reached = new Set(edges(d, 'storagePath').map((e) => e.target));
    expect(ofKind(d, 'storagePool').every((p) => reached.has(p.id))).toBe(true);
  });

  it('VDI: a desktop pool on a cluster whose desktops are VMs', () => {
    const d = build('vdi-desktop-pool');
    const [pool] = ofKind(d, 'desktopPool');
    expect(parentOf(d, pool!)?.kind).toBe('cluster');
    expect(edges(d, 'memberOf').filter((e) => e.target === pool!.id).length).toBe(pool!.clients);
  });

  it('Application server virtualization: a load balancer with a VIP fronting several servers', () => {
    const d = build('app-server-load-balancer');
    const [lb] = ofKind(d, 'loadBalancer');
    expect(edges(d, 'balances').filter((e) => e.source === lb!.id).length).toBeGreaterThan(1);
    const vipNet = ofKind(d, 'vlan').find((v) => v.networkType === 'vip');
    expect(edges(d, 'attachedTo').some((e) => e.source === lb!.id && e.target === vipNet?.id)).toBe(true);
  });
});
