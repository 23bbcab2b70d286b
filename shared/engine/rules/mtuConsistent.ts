import type { Element } from '../../model';
import type { Command } from '../commands/types';
import { carriedBy, type RelationOf, type ValidationContext } from '../validation/context';
import type { Rule } from './types';
import { nameOf } from './support/describe';

interface Hop { label: string; mtu: number; raise: (mtu: number) => Command | undefined }

function endHop(n: Element | undefined): Hop | undefined {
  if (!n) return undefined;
  if (n.kind === 'host') {
    if (n.nics.length === 0) return undefined;
    return { label: `host "${n.name}"`, mtu: Math.min(...n.nics.map((x) => x.mtu)), raise: (mtu) => ({ type: 'setProps', id: n.id, props: { nics: n.nics.map((x) => ({ ...x, mtu: Math.max(x.mtu, mtu) })) } }) };
  }
  if (n.kind === 'vswitch' || n.kind === 'physicalSwitch') {
    return { label: `${n.kind === 'vswitch' ? 'virtual switch' : 'switch'} "${n.name}"`, mtu: n.mtu, raise: (mtu) => ({ type: 'setProps', id: n.id, props: { mtu } }) };
  }
  return undefined;
}

function endMtu(n: Element | undefined): number | undefined {
  if (!n) return undefined;
  if (n.kind === 'host') {
    if (n.nics.length === 0) return undefined;
    let m = Infinity;
    for (const x of n.nics) m = Math.min(m, x.mtu);
    return m;
  }
  return n.kind === 'vswitch' || n.kind === 'physicalSwitch' ? n.mtu : undefined;
}

function path(ctx: ValidationContext, e: RelationOf<'uplinksTo'>): Hop[] {
  const hops: Hop[] = [];
  const src = endHop(ctx.node(e.source));
  if (src) hops.push(src);
  hops.push({ label: 'the link', mtu: e.props.mtu, raise: (mtu) => ({ type: 'setProps', id: e.id, props: { mtu } }) });
  const dst = endHop(ctx.node(e.target));
  if (dst) hops.push(dst);
  return hops;
}

/** Every hop of a path must pass the largest frame a VLAN on it uses. */
export const mtuConsistent: Rule = {
  id: 'mtu-consistent',
  severity: 'warning',
  group: 'network',
  title: 'MTU is consistent along a path',
  explanation:
    'The MTU is the largest frame a link passes. Storage and migration networks often use jumbo frames (MTU 9000) for ' +
    'throughput, but every hop — the host NIC or virtual switch, the link and the physical switch — must agree. One ' +
    'hop left at 1500 silently drops the large frames: small pings work while storage traffic and live migrations stall.',
  subjects: (ctx) => ctx.ix.ofRelation('uplinksTo'),
  check(ctx, id, report) {
    const e = ctx.edgeOf(id, 'uplinksTo');
    if (!e) return;
    // Fast path without allocations: most links are consistent.
    const a = endMtu(ctx.node(e.source));
    const b = endMtu(ctx.node(e.target));
    const lo = Math.min(a ?? Infinity, e.props.mtu, b ?? Infinity);
    const hi = Math.max(a ?? 0, e.props.mtu, b ?? 0);
    if (lo === hi) {
      let over = false;
      for (const vid of carriedBy(e)) for (const v of ctx.ix.vlansWithId(vid)) { const n = ctx.t.nodes.get(v)!; if (n.kind === 'vlan' && n.mtu > lo) over = true; }
      if (!over) return;
    }
    const hops = path(ctx, e);
    let need = 0;
    let needBy = '';
    let needId = '';
    for (const vid of carriedBy(e)) {
      for (const v of ctx.ix.vlansWithId(vid)) {
        const vlan = ctx.t.nodes.get(v)!;
        // Ties go to the smallest id: index order depends on edit history, messages must not.
        if (vlan.kind === 'vlan' && (vlan.mtu > need || (vlan.mtu === need && v < needId))) { need = vlan.mtu; needId = v; needBy = `VLAN ${vid} "${vlan.name}"`; }
      }
    }
    const low = Math.min(...hops.map((h) => h.mtu));
    const high = Math.max(...hops.map((h) => h.mtu));
    if (low === high && need <= low) return;
    const target = Math.max(need, high);
    const commands = hops.filter((h) => h.mtu < target).map((h) => h.raise(target)).filter((c): c is Command => !!c);
    report({
      message: `MTU along the uplink ${nameOf(ctx, e.source)} → ${nameOf(ctx, e.target)}: ${hops.map((h) => `${h.label} ${h.mtu}`).join(', ')}${need > low ? `; ${needBy} uses ${need}` : ''}.`,
      targets: [e.id, e.source, e.target],
      fixes: commands.length ? [{ label: `Raise the whole path to MTU ${target}`, command: { type: 'batch', label: `MTU ${target} along the path`, commands } }] : [],
    });
  },
  affects(ctx, changed, add) {
    const n = ctx.node(changed);
    if (!n) {
      if (ctx.edge(changed)?.relation === 'uplinksTo') add(changed);
      return;
    }
    if (n.kind === 'vlan') {
      for (const e of ctx.ix.ofRelation('uplinksTo')) if (carriedBy(ctx.t.edges.get(e) as RelationOf<'uplinksTo'>).includes(n.vlanId)) add(e);
      return;
    }
    for (const e of ctx.ix.out(n.id)) if (e.relation === 'uplinksTo') add(e.id);
    for (const e of ctx.ix.in(n.id)) if (e.relation === 'uplinksTo') add(e.id);
  },
};
