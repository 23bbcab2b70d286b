import type { HypervisorFamily, ManagementServer, NodeId } from '../../model';
import type { ValidationContext } from '../validation/context';
import type { Rule } from './types';
import { nameOf } from './support/describe';
import { addInEdges, addOutEdges, addSelfEdge } from './support/deps';

const MANAGES: Record<ManagementServer['product'], readonly HypervisorFamily[]> = {
  vcenter: ['esxi'],
  'xen-orchestra': ['xen'],
  'virt-manager': ['kvm', 'qemu-tcg', 'xen'],
  scvmm: ['hyper-v', 'esxi'],
  proxmox: ['kvm'],
};

function familiesUnder(ctx: ValidationContext, id: NodeId): Set<HypervisorFamily> {
  const n = ctx.node(id);
  const out = new Set<HypervisorFamily>();
  if (n?.kind === 'hypervisor') out.add(n.family);
  else if (n?.kind === 'host') for (const h of ctx.hypervisorsOnHost(n.id)) out.add(h.family);
  else if (n?.kind === 'cluster') for (const host of ctx.childrenOfKind(n.id, 'host')) for (const h of ctx.hypervisorsOnHost(host.id)) out.add(h.family);
  return out;
}

/** Each management product speaks to its own hypervisors' APIs. */
export const managementProductMatchesHypervisor: Rule = {
  id: 'management-product-matches-hypervisor',
  severity: 'warning',
  group: 'services',
  title: 'The management server speaks the hypervisor’s API',
  explanation:
    'The management layer controls hypervisors through their own interfaces: vCenter talks to ESXi hosts, Xen Orchestra ' +
    'to Xen’s XAPI toolstack, virt-manager to libvirt (KVM, QEMU, Xen), SCVMM to Hyper-V, Proxmox VE to KVM. A product ' +
    'pointed at another vendor’s hypervisor cannot manage its VMs.',
  subjects: (ctx) => ctx.ix.ofRelation('manages'),
  check(ctx, id, report) {
    const e = ctx.edgeOf(id, 'manages');
    const m = ctx.nodeOf(e?.source, 'managementServer');
    if (!e || !m) return;
    const foreign = [...familiesUnder(ctx, e.target)].filter((f) => !MANAGES[m.product].includes(f)).sort();
    if (foreign.length === 0) return;
    report({
      message: `${m.product} "${m.name}" manages ${nameOf(ctx, e.target)}, which runs ${foreign.join(', ')}; ${m.product} manages ${MANAGES[m.product].join(', ')}.`,
      targets: [e.id, m.id, e.target],
    });
  },
  affects(ctx, changed, add) {
    addSelfEdge(ctx, changed, 'manages', add);
    const n = ctx.node(changed);
    if (!n) return;
    addOutEdges(ctx, n.id, 'manages', add);
    const host = ctx.hostOf(n.id);
    for (const x of [n.id, host?.id, host?.parentId]) if (x) addInEdges(ctx, x, 'manages', add);
    if (n.kind === 'hostOs' || n.kind === 'hypervisor') { const c = ctx.upTo(n.id, 'cluster'); if (c) addInEdges(ctx, c.id, 'manages', add); }
  },
};
