// Fingerprints of the findings the rules raise on a fixed corpus of designs, so a performance change
// can prove it changed no verdict: the benchmark design (and variants of its settings), the benchmark
// design after a fixed sequence of edits, and the rich lab after many fixed sequences of random edits.
// The hash covers every field of every finding (ids, severities, messages, targets, fixes, keys) in
// the order the validator returns them.
import { createHash } from 'node:crypto';
import { applyCommand } from '../../../shared/engine/commands/apply';
import type { Command } from '../../../shared/engine/commands/types';
import { validateDesign } from '../../../shared/engine/validation/validate';
import type { Design, NodeId } from '../../../shared/model';
import type { Finding } from '../../../shared/engine/rules/types';
import { largeTopology, type LargeTopology } from '../builders/largeTopology';
import { randomCommand } from './randomEdits';
import { richLab } from './richLab';

/** sha-256 (first 16 hex digits) of the findings as returned, every field included. */
export function fingerprint(findings: readonly Finding[]): string {
  return createHash('sha256').update(JSON.stringify(findings)).digest('hex').slice(0, 16);
}

/** The benchmark design: 1,000 hosts, 10,000 VMs, a few realistic mistakes. */
export const benchTopology = (): LargeTopology => largeTopology({ hosts: 1000, vmsPerHost: 10, hostsPerCluster: 32, withIssues: true });

/** The benchmark's kinds of edit (i picks the element), shared by the bench and the fingerprint. */
export function benchEdits(big: LargeTopology): Record<string, (d: Design, i: number) => Command> {
  const vmAt = (i: number) => big.vms[(i * 7919) % big.vms.length]!;
  const hvOfSameCluster = (d: Design, vm: NodeId, i: number): NodeId => {
    const nodes = d.topology.nodes;
    const host = nodes.get(nodes.get(vm)!.parentId!)!.parentId!;
    const cluster = nodes.get(host)!.parentId;
    const peers = big.hypervisors.filter((h) => nodes.get(nodes.get(h)!.parentId!)!.parentId === cluster && nodes.get(h)!.parentId !== host);
    return peers[i % peers.length]!;
  };
  return {
    'VM RAM changed': (_d, i) => ({ type: 'setProps', id: vmAt(i), props: { ramMiB: 4096 + (i % 8) * 1024 } }),
    'VM renamed': (_d, i) => ({ type: 'setProps', id: vmAt(i), props: { name: `renamed-${i}` } }),
    'VM moved to another host (nestNode)': (d, i) => ({ type: 'nestNode', id: vmAt(i), parentId: hvOfSameCluster(d, vmAt(i), i), position: { x: 0, y: 0 } }),
    'vNIC IP changed': (_d, i) => ({ type: 'setProps', id: big.vnics[(i * 31) % big.vnics.length]!, props: { ip: `10.200.${i % 250}.${(i * 7) % 250}` } }),
    'disk resized': (_d, i) => ({ type: 'setProps', id: big.disks[(i * 17) % big.disks.length]!, props: { sizeGiB: 80 + (i % 10) * 10 } }),
    'host RAM changed': (_d, i) => ({ type: 'setProps', id: big.hosts[(i * 13) % big.hosts.length]!, props: { ramGiB: 512 + (i % 4) * 256 } }),
    'uplink VLANs changed': (d, i) => {
      const e = big.uplinks[(i * 11) % big.uplinks.length]!;
      const vlans = (d.topology.edges.get(e)!.props as { vlans: number[] }).vlans;
      return { type: 'setProps', id: e, props: { vlans: i % 2 ? vlans.slice(0, -1) : [...vlans, 3000] } };
    },
    'VM added': (_d, i) => ({ type: 'addNode', kind: 'vm', parentId: big.hypervisors[(i * 3) % big.hypervisors.length]!, position: { x: 0, y: 0 }, props: { name: `new-${i}`, ramMiB: 2048 } }),
    'VM removed (with its edges)': (_d, i) => ({ type: 'remove', ids: [big.vms[(i * 101 + 7) % big.vms.length]!] }),
  };
}

/** A small deterministic generator (mulberry32), so the random edits are the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const withSettings = (d: Design, s: Partial<Design['topology']['settings']>): Design => ({ ...d, topology: { ...d.topology, settings: { ...d.topology.settings, ...s } } });

/** Fingerprints of the benchmark design: as built, under other settings, and after a fixed run of edits. */
export function benchFingerprints(big: LargeTopology = benchTopology()): Record<string, string> {
  const d0 = big.design;
  const out: Record<string, string> = {};
  out['bench design'] = fingerprint(validateDesign(d0));
  out['bench design, tight settings'] = fingerprint(validateDesign(withSettings(d0, {
    ramHeadroomPercent: 30, cpuHeadroomPercent: 20, storageWarnPercent: 1, useHypervisorRatios: false, vcpuRatio: 1, ramOvercommitPercent: 50, countPoweredOffVms: true,
  })));
  const edits = benchEdits(big);
  let d = d0;
  for (let i = 0; i < 12; i++) {
    for (const make of Object.values(edits)) {
      const r = applyCommand(d, make(d, i));
      if (r.ok) d = r.value.design;
    }
  }
  out['bench design after 108 edits'] = fingerprint(validateDesign(d));
  return out;
}

/** Fingerprint of every full validation along fixed sequences of random edits on the rich lab. */
export function richLabFingerprint(sequences = 120, steps = 25): string {
  const h = createHash('sha256');
  const next = rng(20240611);
  const start = richLab();
  for (let s = 0; s < sequences; s++) {
    let d = start;
    for (let k = 0; k < steps; k++) {
      const cmd = randomCommand(d, [next(), next(), next(), next()]);
      if (!cmd) continue;
      const r = applyCommand(d, cmd);
      if (!r.ok) continue;
      d = r.value.design;
      h.update(JSON.stringify(validateDesign(d)));
    }
  }
  return h.digest('hex').slice(0, 16);
}
