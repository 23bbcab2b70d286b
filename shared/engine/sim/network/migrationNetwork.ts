import type { Design, Host, NodeId, PhysicalSwitch, Vlan } from '../../../model';
import { mbpsToMibs } from '../migration/telemetry';

/** A physical link a migration can cross: a host uplink (bonded if several edges), a switch-to-switch uplink or a host NIC on the implicit fabric. */
export interface NetLink {
  id: string;
  label: string;
  capacityMiBs: number;
  /** Design elements whose cut takes this link down (the edge(s), both ends). */
  elements: string[];
}

const IMPLICIT_FABRIC = 'fabric';

/**
 * The migration network, derived from the design with a deliberately simple model:
 * - hosts and physical switches are nodes; `uplinksTo` edges between them are links (parallel
 *   edges between the same pair are one bonded link with their speeds summed);
 * - a host without any uplink is wired to an implicit fabric switch through its first NIC;
 * - traffic is switched, never routed through a host; a path is a fewest-hops path (ties broken
 *   by id, so it is deterministic);
 * - a VLAN whose purpose is `migration` caps every link at its bandwidth (the share of each wire
 *   reserved for migrations), and cutting it cuts every migration path.
 */
export class MigrationNetwork {
  readonly links = new Map<string, NetLink>();
  private readonly adjacency = new Map<string, { to: string; link: string }[]>();
  private readonly down = new Set<string>();
  private readonly migrationVlan: Vlan | undefined;
  private readonly pathCache = new Map<string, string[] | null>();
  private readonly hostIds = new Set<string>();

  constructor(design: Design) {
    const nodes = design.topology.nodes;
    this.migrationVlan = [...nodes.values()]
      .filter((n): n is Vlan => n.kind === 'vlan' && n.purpose === 'migration')
      .sort((a, b) => (a.id < b.id ? -1 : 1))[0];
    const vlanCap = this.migrationVlan ? mbpsToMibs(this.migrationVlan.bandwidthMbps) : Infinity;
    const bonded = new Map<string, NetLink>();
    const edges = [...design.topology.edges.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    const wired = new Set<string>();
    for (const e of edges) {
      if (e.relation !== 'uplinksTo') continue;
      const a = nodes.get(e.source);
      const b = nodes.get(e.target);
      if (!a || !b || (a.kind !== 'host' && a.kind !== 'physicalSwitch') || b.kind !== 'physicalSwitch') continue;
      const [x, y] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
      const key = `link:${x}~${y}`;
      const speed = Math.min(e.props.speedMbps, (b as PhysicalSwitch).speedMbps || Infinity);
      const existing = bonded.get(key);
      if (existing) {
        existing.capacityMiBs += mbpsToMibs(speed);
        existing.elements.push(e.id);
      } else {
        bonded.set(key, { id: key, label: `${a.name} ↔ ${b.name}`, capacityMiBs: mbpsToMibs(speed), elements: [e.id, e.source, e.target] });
        this.connect(x, y, key);
      }
      wired.add(e.source);
    }
    for (const l of bonded.values()) this.links.set(l.id, { ...l, capacityMiBs: Math.min(l.capacityMiBs, vlanCap) });
    const hosts = [...nodes.values()].filter((n): n is Host => n.kind === 'host').sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const h of hosts) {
      if (wired.has(h.id)) continue;
      const nic = h.nics[0];
      const id = `nic:${h.id}`;
      this.links.set(id, { id, label: `${h.name} NIC`, capacityMiBs: Math.min(mbpsToMibs(nic ? nic.speedMbps : 1000), vlanCap), elements: [h.id] });
      this.connect(h.id, IMPLICIT_FABRIC, id);
    }
    hosts.forEach((h) => this.hostIds.add(h.id));
    for (const list of this.adjacency.values()) list.sort((p, q) => (p.to < q.to ? -1 : p.to > q.to ? 1 : p.link < q.link ? -1 : 1));
  }

  /** The migration VLAN, if the design has one. */
  get vlan(): Vlan | undefined {
    return this.migrationVlan;
  }

  /** A dense number for a path entry, so the fair share can work on arrays. */
  entryIndex(entry: string): number {
    let i = this.entryIds.get(entry);
    if (i === undefined) {
      i = this.entries.length;
      this.entryIds.set(entry, i);
      this.entries.push(entry);
      if (i >= this.entryCaps.length) {
        const grown = new Float64Array(this.entryCaps.length * 2);
        grown.set(this.entryCaps);
        this.entryCaps = grown;
      }
      this.entryCaps[i] = this.capacity(entry);
    }
    return i;
  }

  /** Capacities of every numbered entry (see `entryIndex`), 0 for links that are down; kept up to date, not copied. */
  entryCapacities(): Float64Array {
    return this.entryCaps.subarray(0, this.entries.length);
  }

  private readonly entryIds = new Map<string, number>();
  private readonly entries: string[] = [];
  private entryCaps = new Float64Array(64);

  /** Capacity of a link direction (a path entry, `link>` or `link<`) or a link, in MiB/s; 0 once it is down. */
  capacity(entry: string): number {
    const link = baseLink(entry);
    return this.down.has(link) ? 0 : (this.links.get(link)?.capacityMiBs ?? 0);
  }

  /** Takes down the links a design element stands for; returns their ids (empty if it is not part of the network). */
  cut(element: string): string[] {
    const hit: string[] = [];
    if (this.migrationVlan && element === this.migrationVlan.id) hit.push(...this.links.keys());
    else for (const l of this.links.values()) if (l.elements.includes(element)) hit.push(l.id);
    const fresh = hit.filter((l) => !this.down.has(l));
    fresh.forEach((l) => this.down.add(l));
    if (fresh.length > 0) {
      this.pathCache.clear();
      this.entries.forEach((e, i) => (this.entryCaps[i] = this.capacity(e)));
    }
    return fresh;
  }

  isDown(entry: string): boolean {
    return this.down.has(baseLink(entry));
  }

  /**
   * Fewest-hops path between two hosts through switches only, or null when none is up. Links are
   * full duplex: each entry is a link id with its direction (`>` from the lower id to the higher,
   * `<` back), so traffic each way has the link's whole capacity.
   */
  path(from: NodeId, to: NodeId): string[] | null {
    if (from === to) return [];
    const key = `${from}>${to}`;
    const cached = this.pathCache.get(key);
    if (cached !== undefined) return cached;
    const prev = new Map<string, { node: string; link: string }>();
    const seen = new Set<string>([from]);
    let frontier = [from as string];
    let found = false;
    while (frontier.length > 0 && !found) {
      const next: string[] = [];
      for (const n of frontier) {
        // Only the source host and switches forward traffic.
        if (n !== from && this.hostIds.has(n)) continue;
        for (const { to: m, link } of this.adjacency.get(n) ?? []) {
          if (seen.has(m) || this.down.has(link)) continue;
          seen.add(m);
          prev.set(m, { node: n, link });
          if (m === to) {
            found = true;
            break;
          }
          next.push(m);
        }
        if (found) break;
      }
      frontier = next;
    }
    let result: string[] | null = null;
    if (found) {
      result = [];
      for (let n: string = to; n !== from; ) {
        const p = prev.get(n)!;
        result.push(`${p.link}${p.node < n ? '>' : '<'}`);
        n = p.node;
      }
      result.reverse();
    }
    this.pathCache.set(key, result);
    return result;
  }

  private connect(a: string, b: string, link: string): void {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const list = this.adjacency.get(x) ?? [];
      list.push({ to: y, link });
      this.adjacency.set(x, list);
    }
  }
}

/** The link id of a path entry (drops its direction mark). */
export function baseLink(entry: string): string {
  const last = entry.charCodeAt(entry.length - 1);
  return last === 62 || last === 60 ? entry.slice(0, -1) : entry;
}
