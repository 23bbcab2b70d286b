import { nodeId } from '../../model';
import type { Command } from '../commands/types';
import type { Rule } from './types';
import { byId, FIX_POSITION, named } from './support/describe';

/** A Type-2 (hosted) hypervisor is an application: it needs a host OS. */
export const type2NeedsHostOs: Rule = {
  id: 'type2-needs-host-os',
  severity: 'error',
  group: 'layering',
  title: 'A Type-2 hypervisor needs a host OS',
  explanation:
    'A Type-2 (hosted) hypervisor such as VirtualBox or VMware Workstation runs within a host operating system, as a second ' +
    'layer above it: the host OS owns the hardware and the hypervisor asks it for CPU time, memory and I/O (VMware ' +
    'Workstation passes I/O requests to the host OS by system calls). Without a host OS there is nothing for it to run on.',
  fixUsesNextSeq: true,
  subjects: (ctx) => ctx.ix.ofKind('hypervisor'),
  check(ctx, id, report) {
    const h = ctx.nodeOf(id, 'hypervisor');
    if (!h || h.hypervisorType !== 2) return;
    const host = ctx.nodeOf(h.parentId, 'host');
    if (!host) return;
    const os = ctx.childrenOfKind(host.id, 'hostOs').sort(byId)[0];
    const newOs = nodeId(`hostOs-${ctx.t.nextSeq}`);
    const command: Command = os
      ? { type: 'nestNode', id: h.id, parentId: os.id, position: FIX_POSITION }
      : { type: 'batch', label: 'Install a host OS under the hypervisor', commands: [
        { type: 'addNode', kind: 'hostOs', parentId: host.id, position: FIX_POSITION },
        { type: 'nestNode', id: h.id, parentId: newOs, position: FIX_POSITION },
      ] };
    report({
      message: `Type-2 ${named(h)} sits directly on host "${host.name}"; a hosted hypervisor runs as an application on a host OS.`,
      targets: [h.id, host.id],
      fixes: [{ label: os ? `Run "${h.name}" on host OS "${os.name}"` : `Install a host OS on "${host.name}" and run "${h.name}" on it`, command }],
    });
  },
  affects(ctx, changed, add) {
    const n = ctx.node(changed);
    if (!n) return;
    if (n.kind === 'hypervisor') add(n.id);
    // A host OS appearing or leaving changes the fix; a renamed host changes the message.
    const host = n.kind === 'hostOs' ? ctx.nodeOf(n.parentId, 'host') : n.kind === 'host' ? n : undefined;
    if (host) for (const c of ctx.childrenOfKind(host.id, 'hypervisor')) add(c.id);
  },
};
