import type { Kind } from '../../model';
import { kindLabel } from '../queries/nesting';
import type { Rule } from './types';
import { named } from './support/describe';
import { SubjectUnion } from '../validation/topologyIndex';

const NEEDS: Record<string, string> = {
  hostOs: 'a physical host',
  hypervisor: 'a physical host (Type-1), a host OS (Type-2) or a VM (nested)',
  dom0: 'a Xen hypervisor',
  vm: 'a hypervisor',
  container: 'a host OS or a VM’s guest OS',
};
const KINDS = Object.keys(NEEDS) as Kind[];

/** Software layers must run on something: the reference model stacks guest on virtualization layer on host. */
export const elementNeedsParent: Rule = {
  id: 'element-needs-parent',
  severity: 'error',
  group: 'layering',
  title: 'Every software layer runs on something',
  explanation:
    'The virtualization reference model is a stack: hardware at the bottom, then (optionally) a host OS, the hypervisor ' +
    '(virtualization layer), and guests on top. A host OS, hypervisor, Dom0, VM or container is software: it only exists ' +
    'while something underneath runs it. Drag it onto the element it runs on.',
  subjects: (ctx) => new SubjectUnion(KINDS.map((k) => ctx.ix.ofKind(k))),
  check(ctx, id, report) {
    const n = ctx.node(id);
    if (!n || !KINDS.includes(n.kind)) return;
    if (n.parentId && ctx.node(n.parentId)) return;
    report({ message: `${named(n)} runs on nothing: a ${kindLabel(n.kind)} needs ${NEEDS[n.kind]} underneath.`, targets: [n.id] });
  },
  affects(ctx, changed, add) {
    const n = ctx.node(changed);
    if (!n) return;
    if (KINDS.includes(n.kind)) add(changed);
    // A file may name a parent that appears later; its arrival settles the orphans.
    for (const c of ctx.ix.children(n.id)) add(c.id);
  },
};
