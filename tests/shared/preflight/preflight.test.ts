import { describe, expect, it } from 'vitest';
import { preflight } from '../../../shared/engine/preflight/preflight';
import type { PreflightResult } from '../../../shared/engine/preflight/types';
import type { NodeId } from '../../../shared/model';
import { kvmLab, TopologyBuilder } from '../builders/topologyBuilder';

function run(lab: TopologyBuilder, vm: NodeId, dest: NodeId): PreflightResult {
  const r = preflight(lab.design.topology, vm, dest);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const msgs = (r: PreflightResult, c: keyof PreflightResult['groups'], k: 'errors' | 'warnings' | 'infos') => r.groups[c][k].map((i) => i.message).join('\n');

/** Two KVM hosts in one cluster on shared NFS, both trunking VLAN 10 and a migration VLAN 50. */
function twoHosts() {
  const { lab, vm, sw, pool, vlan, host: a, uplink } = kvmLab();
  const c = lab.cluster('prod');
  lab.nest(a, c);
  const b = lab.host('esx-b', {}, c);
  const hvB = lab.hypervisor(b, 'kvm');
  lab.uplink(b, sw, [10, 50]);
  lab.storagePath(b, pool, 'nfs');
  lab.set(sw, { trunkVlans: [10, 50] });
  lab.set(uplink, { vlans: [10, 50] });
  const mig = lab.vlan('vmotion', 50, '10.0.50.0/24', { purpose: 'migration', bandwidthMbps: 10000 });
  return { lab, vm, a, b, hvB, c, pool, vlan, mig, sw };
}

describe('migration pre-flight', () => {
  it('clears a live migration between twin hosts on shared storage', () => {
    const { lab, vm, b, hvB, mig } = twoHosts();
    const r = run(lab, vm, b);
    expect(r.ok).toBe(true);
    expect(r.live).toBe(true);
    expect(r.destination).toEqual({ hypervisor: hvB, host: b });
    expect(r.storageMigration.needed).toBe(false);
    expect(r.network.migrationVlan).toBe(mig);
    expect(r.network.memoryPassSeconds).toBeCloseTo(4096 / (10000 / 8));
    expect(msgs(r, 'storage', 'infos')).toMatch(/Shared storage/);
  });

  it('calls a family change a conversion, not a live migration', () => {
    const { lab, vm, c } = twoHosts();
    const h = lab.host('esx-c', {}, c);
    lab.hypervisor(h, 'esxi');
    const r = run(lab, vm, h);
    expect(r.conversion).toBe(true);
    expect(r.live).toBe(false);
    expect(msgs(r, 'hypervisor', 'warnings')).toMatch(/KVM \(Linux\) → VMware ESXi is a conversion \(V2V\)/);
  });

  it('refuses a live move across CPU vendors and names missing features without EVC', () => {
    const { lab, vm, c } = twoHosts();
    const amd = lab.host('amd', { cpuModel: 'epyc-7543', cpuVendor: 'amd', cpuFeatures: ['amd-v', 'npt', 'amd-vi', 'nested', 'aes-ni', 'avx2'] }, c);
    lab.hypervisor(amd, 'kvm');
    expect(msgs(run(lab, vm, amd), 'cpu', 'errors')).toMatch(/CPU vendor changes \(intel → amd\)/);
    const old = lab.host('old', { cpuModel: 'xeon-e5-2680v4', cpuFeatures: ['vt-x', 'ept', 'vt-d', 'nested', 'aes-ni', 'avx2'] }, c);
    lab.hypervisor(old, 'kvm');
    expect(msgs(run(lab, vm, old), 'cpu', 'errors')).toMatch(/lacks CPU feature\(s\) avx512/);
    lab.set(c, { evcBaseline: 'xeon-e5-2680v4' });
    const r = run(lab, vm, old);
    expect(r.groups.cpu.errors).toEqual([]);
    expect(msgs(r, 'cpu', 'infos')).toMatch(/EVC baseline/);
  });

  it('needs storage migration when the destination cannot reach the disks, and room for them', () => {
    const { lab, vm, c } = twoHosts();
    const far = lab.host('far', {}, c);
    lab.hypervisor(far, 'kvm');
    let r = run(lab, vm, far);
    expect(r.storageMigration).toMatchObject({ needed: true, copyGiB: 10 });
    expect(msgs(r, 'storage', 'errors')).toMatch(/No pool reachable/);
    lab.storagePath(far, lab.pool('far-nfs', { capacityGiB: 500 }));
    r = run(lab, vm, far);
    expect(r.groups.storage.errors).toEqual([]);
    expect(msgs(r, 'storage', 'warnings')).toMatch(/Storage migration needed.*10 GiB/);
  });

  it('checks the destination carries the VM’s VLANs', () => {
    const { lab, vm, c, sw } = twoHosts();
    const h = lab.host('isolated', {}, c);
    lab.hypervisor(h, 'kvm');
    lab.uplink(h, sw, [50]);
    expect(msgs(run(lab, vm, h), 'network', 'errors')).toMatch(/does not carry VLAN 10 "prod"/);
  });

  it('warns without a migration network and when the link is too slow for the dirty rate', () => {
    const { lab, vm, b, mig } = twoHosts();
    lab.set(mig, { purpose: 'vm' });
    lab.set(vm, { workload: { cpuPercent: 50, dirtyRateMiBs: 2000, wwsMiB: 512 } });
    const r = run(lab, vm, b);
    expect(msgs(r, 'network', 'warnings')).toMatch(/No migration network/);
    expect(msgs(r, 'network', 'warnings')).toMatch(/never converge/);
  });

  it('keeps headroom while both copies exist', () => {
    const { lab, vm, b, hvB } = twoHosts();
    lab.set(b, { ramGiB: 8 });
    lab.vm(hvB, 'resident', { ramMiB: 4096 });
    expect(msgs(run(lab, vm, b), 'capacity', 'errors')).toMatch(/while the source copy still runs/);
  });

  it('refuses what is not a VM or not a destination', () => {
    const { lab, vm, vlan, a } = twoHosts();
    expect(preflight(lab.design.topology, a, vm).ok).toBe(false);
    const bad = preflight(lab.design.topology, vm, vlan);
    expect(!bad.ok && bad.error.code).toBe('bad-destination');
  });

  it('flags a PV guest going to a non-Xen host and a Xen destination without Dom0', () => {
    const lab = new TopologyBuilder();
    const pv = lab.vm(lab.xen(lab.host('x1')), 'pv', { mode: 'pv' });
    const kvm = lab.host('k');
    lab.hypervisor(kvm, 'kvm');
    expect(msgs(run(lab, pv, kvm), 'hypervisor', 'errors')).toMatch(/PV, a Xen guest mode/);
    const bare = lab.host('x2');
    const xen2 = lab.hypervisor(bare, 'xen');
    expect(msgs(run(lab, pv, xen2), 'hypervisor', 'errors')).toMatch(/has no Dom0/);
  });
});
