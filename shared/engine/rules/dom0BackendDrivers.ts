import type { Rule } from './types';
import { named } from './support/describe';
import { domains, forParentHypervisor } from './support/xen';

/** Split drivers: a DomU's frontends talk to backends in Dom0. */
export const dom0BackendDrivers: Rule = {
  id: 'dom0-backend-drivers',
  severity: 'warning',
  group: 'xen',
  title: 'Dom0 runs the backends its DomUs use',
  explanation:
    'Xen’s DomUs have no real devices. Their virtual network devices connect via Dom0: each DomU runs a frontend driver ' +
    '(netfront, blkfront) that passes requests over shared memory to a backend driver in Dom0 (netback, blkback), which ' +
    'owns the real NIC or disk. DomUs with virtual NICs need netback in Dom0; DomUs with virtual disks need blkback.',
  subjects: (ctx) => ctx.ix.ofKind('dom0'),
  check(ctx, id, report) {
    const d = ctx.nodeOf(id, 'dom0');
    const hv = ctx.nodeOf(d?.parentId, 'hypervisor');
    if (!d || !hv || hv.family !== 'xen') return;
    let net = false;
    let blk = false;
    for (const vm of domains(ctx, hv).domUs) {
      for (const e of ctx.ix.out(vm.id)) {
        const r = e.relation;
        net ||= r === 'attachedTo';
        blk ||= r === 'backedBy';
      }
    }
    const missing = [net && !d.backendDrivers.includes('netback') && 'netback', blk && !d.backendDrivers.includes('blkback') && 'blkback'].filter((x): x is string => !!x);
    if (missing.length === 0) return;
    report({
      message: `${named(d)} lacks ${missing.join(' and ')}, but DomUs on "${hv.name}" have ${missing.map((m) => (m === 'netback' ? 'virtual NICs' : 'virtual disks')).join(' and ')}.`,
      targets: [d.id, hv.id],
      fixes: [{ label: `Load ${missing.join(' and ')} in "${d.name}"`, command: { type: 'setProps', id: d.id, props: { backendDrivers: [...d.backendDrivers, ...missing] } } }],
    });
  },
  affects(ctx, changed, add) {
    forParentHypervisor(ctx, changed, (hv) => {
      for (const c of ctx.childrenOfKind(hv, 'dom0')) add(c.id);
    });
  },
};
