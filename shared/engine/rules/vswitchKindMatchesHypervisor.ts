import type { HypervisorFamily } from '../../model';
import type { Rule } from './types';
import { named } from './support/describe';
import { addSelfAndChildrenOfKind } from './support/deps';

const LINUX_BASED: readonly HypervisorFamily[] = ['kvm', 'xen', 'qemu-tcg', 'virtualbox'];

/** Open vSwitch and Linux bridges are Linux kernel features. */
export const vswitchKindMatchesHypervisor: Rule = {
  id: 'vswitch-kind-matches-hypervisor',
  severity: 'error',
  group: 'network',
  title: 'The virtual switch kind exists on the hypervisor',
  explanation:
    'Each hypervisor brings its own software switch. Linux bridges and Open vSwitch are Linux kernel networking, used by ' +
    'KVM and by Xen’s Dom0; ESXi has its own standard and distributed vSwitches in the VMkernel; Hyper-V has the Hyper-V ' +
    'virtual switch. A Linux bridge cannot exist inside ESXi or Hyper-V.',
  subjects: (ctx) => ctx.ix.ofKind('vswitch'),
  check(ctx, id, report) {
    const s = ctx.nodeOf(id, 'vswitch');
    const hv = ctx.nodeOf(s?.parentId, 'hypervisor');
    if (!s || !hv || (s.switchKind !== 'ovs' && s.switchKind !== 'linux-bridge') || LINUX_BASED.includes(hv.family)) return;
    report({
      message: `${named(s)} is ${s.switchKind === 'ovs' ? 'Open vSwitch' : 'a Linux bridge'}, but "${hv.name}" is ${hv.family}, which has no Linux kernel networking.`,
      targets: [s.id, hv.id],
      fixes: [{ label: `Use ${hv.family}'s standard switch`, command: { type: 'setProps', id: s.id, props: { switchKind: 'standard' } } }],
    });
  },
  affects: (ctx, changed, add) => addSelfAndChildrenOfKind(ctx, changed, ['vswitch'], add),
};
