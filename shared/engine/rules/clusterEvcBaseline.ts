import { cpuModelById, type Host } from '../../model';
import type { Rule } from './types';
import { byId } from './support/describe';
import { addClusters } from './support/deps';

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Hosts with different CPU generations need a common baseline (EVC) for VMs to move between them. */
export const clusterEvcBaseline: Rule = {
  id: 'cluster-evc-baseline',
  severity: 'warning',
  group: 'cluster',
  title: 'Mixed CPU generations use an EVC baseline',
  explanation:
    'A guest checks its CPU’s features (AVX-512, AES-NI…) when it boots and then uses them. Migrated live to a host that ' +
    'lacks one, it would crash on the first such instruction. EVC (Enhanced vMotion Compatibility) and similar CPU ' +
    'baselines make every host of a cluster present only the features they all share, so any VM can move to any host. ' +
    'Every host must support the chosen baseline.',
  subjects: (ctx) => ctx.ix.ofKind('cluster'),
  check(ctx, id, report) {
    const c = ctx.nodeOf(id, 'cluster');
    if (!c) return;
    const hosts = ctx.childrenOfKind(c.id, 'host').sort(byId);
    if (hosts.length < 2 || new Set(hosts.map((h) => h.cpuVendor)).size > 1) return;
    if (c.evcBaseline === null || c.evcBaseline === '') {
      if (hosts.every((h) => same(h.cpuFeatures, hosts[0]!.cpuFeatures))) return;
      const common = (m: { features: readonly string[] }) => hosts.every((h) => m.features.every((f) => h.cpuFeatures.includes(f as never)));
      const candidates = [...new Set(hosts.map((h) => h.cpuModel))].sort().map(cpuModelById).filter((m) => m && m.vendor === hosts[0]!.cpuVendor && common(m));
      const best = candidates.sort((a, b) => b!.features.length - a!.features.length)[0];
      report({
        message: `Cluster "${c.name}" mixes CPU feature sets (${hosts.map((h) => `"${h.name}": ${h.cpuModel}`).join(', ')}) without an EVC baseline; live migration may fail.`,
        targets: [c.id, ...hosts.map((h) => h.id)],
        fixes: best ? [{ label: `Set the baseline to ${best.label}`, command: { type: 'setProps', id: c.id, props: { evcBaseline: best.id } } }] : [],
      });
      return;
    }
    const model = cpuModelById(c.evcBaseline);
    if (!model) {
      report({ message: `Cluster "${c.name}" has EVC baseline "${c.evcBaseline}", which is not a known CPU model.`, targets: [c.id] });
      return;
    }
    const lacking = (h: Host) => (h.cpuVendor !== model.vendor ? [`a ${model.vendor} CPU`] : model.features.filter((f) => !h.cpuFeatures.includes(f)));
    const bad = hosts.filter((h) => lacking(h).length > 0);
    if (bad.length === 0) return;
    report({
      severity: 'error',
      message: `Cluster "${c.name}" requires baseline ${model.label}, but ${bad.map((h) => `"${h.name}" lacks ${lacking(h).join(', ')}`).join('; ')}.`,
      targets: [c.id, ...bad.map((h) => h.id)],
    });
  },
  affects: addClusters,
};
