import type { Rule } from './types';
import { named } from './support/describe';
import { addSubtreeOfKind } from './support/deps';

/** Containers share their host's kernel, so the image must be built for that kernel. */
export const containerKernelMatch: Rule = {
  id: 'container-kernel-match',
  severity: 'error',
  group: 'containers',
  title: 'A container runs on the kernel it was built for',
  explanation:
    'OS-level virtualization runs many isolated user-space instances (containers) on one shared OS kernel — no hypervisor, ' +
    'no guest kernel of their own; isolation comes from namespaces. A Linux container makes Linux system calls, so it ' +
    'needs a Linux kernel underneath. On a Windows or macOS host, tools such as Docker Desktop quietly run a Linux VM ' +
    'and put the containers inside it — draw that VM.',
  subjects: (ctx) => ctx.ix.ofKind('container'),
  check(ctx, id, report) {
    const c = ctx.nodeOf(id, 'container');
    const parent = ctx.node(c?.parentId);
    if (!c || !parent) return;
    const kernel = parent.kind === 'hostOs' ? parent.kernel : parent.kind === 'vm' ? parent.guestOs.kernel : undefined;
    if (!kernel || kernel === c.kernel) return;
    report({
      message: `${named(c)} needs a ${c.kernel} kernel, but ${named(parent)} runs a ${kernel} kernel it would share.`,
      targets: [c.id, parent.id],
    });
  },
  affects: (ctx, changed, add) => addSubtreeOfKind(ctx, changed, 'container', add),
};
