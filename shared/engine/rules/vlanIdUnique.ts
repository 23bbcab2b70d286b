import type { Vlan } from '../../model';
import type { Command } from '../commands/types';
import type { Rule } from './types';
import { byId } from './support/describe';
import { addEdgesInNetworkScope } from './support/deps';
import { vlanDomains } from './support/switchDomains';
import { validVlanId } from './support/vlans';

const ID = 'vlan-id-unique';

/** Two VLANs with one 802.1Q id in one switch domain are one broadcast domain, whatever their names. */
export const vlanIdUnique: Rule = {
  id: ID,
  severity: 'error',
  group: 'network',
  title: 'A VLAN id is used once per switch domain',
  explanation:
    'Switches know a VLAN only by its 802.1Q tag. Two networks drawn with the same VLAN id on switches that are linked ' +
    'together are, to the switches, one and the same broadcast domain: their traffic mixes and the isolation you meant ' +
    'is gone. Separate switch domains (not linked by a trunk) may reuse an id.',
  subjects: (ctx) => [...ctx.ix.vlanIds()].map(String),
  check(ctx, subject, report) {
    const vlans = [...ctx.ix.vlansWithId(Number(subject))].map((id) => ctx.t.nodes.get(id) as Vlan).sort(byId);
    if (vlans.length < 2) return;
    const byDomain = new Map<string, Vlan[]>();
    for (const v of vlans) for (const d of vlanDomains(ctx, v)) byDomain.set(d, [...(byDomain.get(d) ?? []), v]);
    const seen = new Set<string>();
    const used = new Set(ctx.ix.vlanIds());
    let next = 1;
    const freeId = () => {
      while (used.has(next) && next <= 4094) next++;
      used.add(next);
      return next;
    };
    for (const [, clash] of [...byDomain].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const key = clash.map((v) => v.id).join(',');
      if (clash.length < 2 || seen.has(key)) continue;
      seen.add(key);
      const renumber: Command[] = clash.slice(1).map((v) => ({ type: 'setProps', id: v.id, props: { vlanId: freeId() } }));
      const fixable = renumber.every((c) => c.type === 'setProps' && validVlanId(c.props.vlanId as number));
      report({
        message: `VLAN id ${subject} is used by ${clash.map((v) => `"${v.name}"`).join(' and ')} in the same switch domain: switches see one network.`,
        targets: clash.map((v) => v.id),
        fixes: fixable ? [{ label: `Give ${clash.slice(1).map((v) => `"${v.name}"`).join(', ')} a free VLAN id`, command: { type: 'batch', label: 'Renumber duplicate VLANs', commands: renumber } }] : [],
      });
    }
  },
  affects(ctx, changed, add) {
    const n = ctx.node(changed);
    if (n?.kind === 'vlan') {
      add(String(n.vlanId));
      // The free id a fix offers depends on every VLAN id in use.
      for (const f of ctx.flagged(ID).keys()) add(f);
      return;
    }
    const e = ctx.edge(changed);
    if (e?.relation === 'uplinksTo' && ctx.nodeOf(e.source, 'physicalSwitch')) {
      // Switch-to-switch links merge or split domains everywhere.
      for (const id of ctx.ix.vlanIds()) if (ctx.ix.vlansWithId(id).length > 1) add(String(id));
      return;
    }
    const addGroupOf = (edgeId: string) => {
      const v = ctx.nodeOf(ctx.edge(edgeId)?.target, 'vlan');
      if (v) add(String(v.vlanId));
    };
    if (e?.relation === 'attachedTo') addGroupOf(e.id);
    addEdgesInNetworkScope(ctx, changed, 'attachedTo', addGroupOf);
  },
};
