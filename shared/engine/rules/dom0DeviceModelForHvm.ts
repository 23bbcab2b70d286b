import type { Rule } from './types';
import { named } from './support/describe';
import { domains, forParentHypervisor } from './support/xen';

/** HVM DomUs see emulated hardware, which QEMU in Dom0 provides. */
export const dom0DeviceModelForHvm: Rule = {
  id: 'dom0-device-model-for-hvm',
  severity: 'warning',
  group: 'xen',
  title: 'HVM DomUs need QEMU in Dom0',
  explanation:
    'An HVM guest is an unmodified OS that expects a real PC: BIOS, disk controller, network card. On Xen that emulated ' +
    'hardware is QEMU’s device model, run in Dom0 (Dom0 "emulates full systems" with QEMU). PV guests do not need it — ' +
    'they use para-virtual frontends instead.',
  subjects: (ctx) => ctx.ix.ofKind('dom0'),
  check(ctx, id, report) {
    const d = ctx.nodeOf(id, 'dom0');
    const hv = ctx.nodeOf(d?.parentId, 'hypervisor');
    if (!d || !hv || hv.family !== 'xen' || d.qemuDeviceModel) return;
    const hvm = domains(ctx, hv).domUs.filter((v) => v.mode === 'hvm');
    if (hvm.length === 0) return;
    report({
      message: `${named(d)} has no QEMU device model, but ${hvm.length} HVM DomU(s) on "${hv.name}" need emulated devices.`,
      targets: [d.id, hv.id],
      fixes: [{ label: `Enable QEMU in "${d.name}"`, command: { type: 'setProps', id: d.id, props: { qemuDeviceModel: true } } }],
    });
  },
  affects(ctx, changed, add) {
    forParentHypervisor(ctx, changed, (hv) => {
      for (const c of ctx.childrenOfKind(hv, 'dom0')) add(c.id);
    });
  },
};
