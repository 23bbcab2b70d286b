import { describe, expect, it } from 'vitest';
import { ledgerOf } from '../../../shared/engine/ledger/ledgerOf';
import type { Ledger, LedgerLine } from '../../../shared/engine/ledger/types';
import { ValidationContext } from '../../../shared/engine/validation/context';
import { TopologyIndex } from '../../../shared/engine/validation/topologyIndex';
import type { Design, NodeId } from '../../../shared/model';
import { TopologyBuilder } from '../builders/topologyBuilder';

function ledger(d: Design, id: NodeId): Ledger {
  const r = ledgerOf(new ValidationContext(d.topology, TopologyIndex.of(d.topology)), id);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const line = (l: Ledger, resource: string): LedgerLine => l.lines.find((x) => x.resource === resource)!;

describe('host ledger', () => {
  it('adds hypervisor overhead, Dom0 and running DomUs, and says which assumptions it used', () => {
    const lab = new TopologyBuilder();
    const h = lab.host('xen-1', { ramGiB: 64 });
    const hv = lab.hypervisor(h, 'xen');
    lab.dom0(hv, { ramMiB: 4096, vcpus: 2 });
    lab.vm(hv, 'a', { ramMiB: 8192, vcpus: 4 });
    lab.vm(hv, 'b', { ramMiB: 8192, vcpus: 4, state: 'stopped' });
    const ram = line(ledger(lab.design, h), 'ram');
    expect(ram).toMatchObject({ used: 512 + 4096 + 8192, capacity: 65536, unit: 'MiB' });
    expect(ram.items.map((i) => i.amount)).toEqual([512, 4096, 8192]);
    expect(ram.assumptions.join('\n')).toMatch(/No RAM overcommit \(100 %, from Xen "xen"'s policy\)/);
    expect(ram.assumptions.join('\n')).toMatch(/Dom0's reservation \(4096 MiB\) counts against the host/);
    expect(ram.assumptions.join('\n')).toMatch(/1 stopped or suspended VM\(s\) hold no RAM/);
    const cpu = line(ledger(lab.design, h), 'vcpu');
    expect(cpu).toMatchObject({ used: 6, capacity: Math.floor(128 * 4 * 0.98) });
    expect(cpu.assumptions.join('\n')).toMatch(/uses 2 % of the CPU/);
  });

  it('counts the host OS under a Type-2 hypervisor and project-wide ratios when asked', () => {
    const lab = new TopologyBuilder();
    const h = lab.host('laptop', { ramGiB: 16, sockets: 1, coresPerSocket: 4, threadsPerCore: 2 });
    lab.vm(lab.hypervisor(lab.hostOs(h), 'virtualbox'), 'guest', { ramMiB: 4096 });
    lab.settings({ useHypervisorRatios: false, ramOvercommitPercent: 150, vcpuRatio: 3 });
    const l = ledger(lab.design, h);
    expect(line(l, 'ram')).toMatchObject({ used: 512 + 2048 + 4096, capacity: 16384 * 1.5 });
    expect(line(l, 'ram').assumptions.join('\n')).toMatch(/host OS keeps 2048 MiB.*hostOsRamMiB/);
    expect(line(l, 'ram').assumptions.join('\n')).toMatch(/from the project setting/);
    expect(line(l, 'vcpu').capacity).toBe(Math.floor(8 * 3 * 0.92));
  });

  it('shows network bandwidth and NIC ports against the uplinks drawn', () => {
    const lab = new TopologyBuilder();
    const h = lab.host('h', { nics: [{ speedMbps: 10000, count: 2, mtu: 1500 }] });
    const sw = lab.physicalSwitch('sw', [10]);
    lab.uplink(h, sw, [10]);
    lab.uplink(h, lab.physicalSwitch('sw-b', [10]), [10], { speedMbps: 25000 });
    const l = ledger(lab.design, h);
    expect(line(l, 'network')).toMatchObject({ used: 35000, capacity: 20000, unit: 'Mbit/s' });
    expect(line(l, 'nic-ports')).toMatchObject({ used: 2, capacity: 2 });
  });
});

describe('storage pool ledger', () => {
  it('compares provisioned with capacity × thin ratio and written with capacity', () => {
    const lab = new TopologyBuilder();
    const vm = lab.vm(lab.hypervisor(lab.host('h'), 'kvm'), 'v');
    const p = lab.pool('p', { capacityGiB: 100, thinRatio: 2 });
    lab.disk(vm, p, { sizeGiB: 60, writtenGiB: 10 });
    lab.disk(vm, p, { sizeGiB: 30, writtenGiB: 1, provisioning: 'thick' });
    const l = ledger(lab.design, p);
    expect(line(l, 'storage-provisioned')).toMatchObject({ used: 90, capacity: 200 });
    expect(line(l, 'storage-written')).toMatchObject({ used: 40, capacity: 100 });
    expect(line(l, 'storage-provisioned').assumptions.join(' ')).toMatch(/Thick disks \(30 GiB\)/);
  });
});

describe('cluster ledger', () => {
  it('sums powered-on hosts and shows what HA admission control leaves', () => {
    const lab = new TopologyBuilder();
    const c = lab.cluster('c');
    for (const gib of [64, 128, 32]) lab.vm(lab.hypervisor(lab.host(`h${gib}`, { ramGiB: gib }, c), 'kvm'), `vm${gib}`, { ramMiB: 1024 });
    lab.host('spare', { powerState: 'off' }, c);
    const l = ledger(lab.design, c);
    const cap = (g: number) => Math.floor(g * 1024 * 1.2);
    expect(line(l, 'ram')).toMatchObject({ used: 3 * (2048 + 1024), capacity: cap(64) + cap(128) + cap(32) });
    expect(line(l, 'ha-failover-ram').capacity).toBe(cap(64) + cap(32));
    expect(line(l, 'ha-failover-ram').assumptions.join(' ')).toMatch(/largest host is lost \("h128"\)/);
    expect(line(l, 'ram').assumptions.join(' ')).toMatch(/1 powered-off host/);
  });
});

describe('ledgerOf', () => {
  it('explains which kinds keep a ledger', () => {
    const lab = new TopologyBuilder();
    const v = lab.vlan('v', 10, '10.0.10.0/24');
    const r = ledgerOf(new ValidationContext(lab.design.topology, TopologyIndex.of(lab.design.topology)), v);
    expect(!r.ok && r.error.message).toMatch(/only hosts, clusters and storage pools/);
  });
});
