import type { Command } from '../commands/types';
import type { Rule } from './types';
import { byId } from './support/describe';
import { addHosts } from './support/deps';

const LIVE = new Set(['running', 'booting', 'migrating', 'snapshotting']);

/** A switched-off host runs nothing: its VMs are down too. */
export const poweredOffHostRunningVms: Rule = {
  id: 'powered-off-host-running-vms',
  severity: 'error',
  group: 'capacity',
  title: 'A powered-off host runs no VMs',
  explanation:
    'VMs draw every resource from their host; isolation protects them from each other, not from the hardware. If the ' +
    'physical server is off (or fails), all its virtual servers are down with it — a known disadvantage of server ' +
    'virtualization. Power the host on, or stop or migrate its VMs first (consolidation empties a host before switching it off).',
  subjects: (ctx) => ctx.ix.ofKind('host'),
  check(ctx, id, report) {
    const host = ctx.nodeOf(id, 'host');
    if (!host || host.powerState !== 'off') return;
    const live = ctx.subtree(host.id).map((n) => ctx.t.nodes.get(n)!).filter((n) => n.kind === 'vm' && LIVE.has(n.state)).sort(byId);
    if (live.length === 0) return;
    const stop: Command[] = live.map((v) => ({ type: 'setProps', id: v.id, props: { state: 'stopped' } }));
    report({
      message: `Host "${host.name}" is powered off, yet ${live.length} VM(s) on it are marked running (${live.slice(0, 3).map((v) => `"${v.name}"`).join(', ')}${live.length > 3 ? ', …' : ''}).`,
      targets: [host.id, ...live.map((v) => v.id)],
      fixes: [
        { label: `Power on "${host.name}"`, command: { type: 'setProps', id: host.id, props: { powerState: 'on' } } },
        { label: `Mark its ${live.length} VM(s) stopped`, command: { type: 'batch', label: 'Stop the VMs of a powered-off host', commands: stop } },
      ],
    });
  },
  affects: addHosts,
};
