import { kindLabel } from '../../../shared/engine/queries/nesting';
import type { Design, Element } from '../../../shared/model';

/** One thing found: the element or connection to focus, and why it matched. */
export interface SearchHit { id: string; name: string; kind: Element['kind'] | 'edge'; matched: string; score: number }

const ipv4 = (s: string): number | null => {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s.trim());
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return null;
  return ((parts[0]! << 24) >>> 0) + (parts[1]! << 16) + (parts[2]! << 8) + parts[3]!;
};

/** Is this IPv4 address inside the CIDR block? (false for anything malformed) */
export function inSubnet(ip: string, cidr: string): boolean {
  const [net, bitsText] = cidr.split('/');
  const a = ipv4(ip);
  const n = ipv4(net ?? '');
  const bits = Number(bitsText);
  if (a === null || n === null || !Number.isInteger(bits) || bits < 0 || bits > 32) return false;
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return ((a & mask) >>> 0) === ((n & mask) >>> 0);
}

const text = (q: string, value: string): number => {
  const v = value.toLowerCase();
  if (!v) return 0;
  if (v === q) return 3;
  if (v.startsWith(q)) return 2;
  return v.includes(q) ? 1 : 0;
};

/**
 * Finds elements by name, id or kind, by IP (a vNIC's address, a VIP, a gateway, or the VLAN whose
 * subnet holds it) and by VLAN id ("10" or "vlan 10": the VLAN, port groups, trunks, uplinks).
 */
export function searchDesign(design: Design, query: string, limit = 30): SearchHit[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const { nodes, edges } = design.topology;
  const hits = new Map<string, SearchHit>();
  const add = (id: string, name: string, kind: SearchHit['kind'], matched: string, score: number) => {
    const prev = hits.get(id);
    if (!prev || prev.score < score) hits.set(id, { id, name, kind, matched, score });
  };
  const vlanQuery = /^(?:vlan\s*)?(\d{1,4})$/.exec(q);
  const vlanId = vlanQuery ? Number(vlanQuery[1]) : null;
  const ipQuery = /^\d{1,3}(\.\d{0,3}){1,3}$/.test(q) ? q : null;

  for (const el of nodes.values()) {
    const byName = text(q, el.name);
    if (byName) add(el.id, el.name, el.kind, 'name', 10 * byName);
    if (text(q, el.id) >= 2) add(el.id, el.name, el.kind, `id ${el.id}`, 15);
    if (text(q, kindLabel(el.kind)) >= 2) add(el.id, el.name, el.kind, kindLabel(el.kind), 5);
    if (el.kind === 'vlan') {
      if (vlanId !== null && el.vlanId === vlanId) add(el.id, el.name, el.kind, `VLAN ${vlanId}`, 40);
      if (ipQuery && (text(q, el.gateway) || text(q, el.subnet))) add(el.id, el.name, el.kind, text(q, el.gateway) ? `gateway ${el.gateway}` : `subnet ${el.subnet}`, 10 * Math.max(text(q, el.gateway), text(q, el.subnet)) + 5);
      else if (ipQuery && ipv4(q) !== null && inSubnet(q, el.subnet)) add(el.id, el.name, el.kind, `${q} is in ${el.subnet}`, 12);
    }
    if (el.kind === 'vswitch' && vlanId !== null) {
      const pg = el.portGroups.find((p) => p.vlanId === vlanId);
      if (pg) add(el.id, el.name, el.kind, `port group ${pg.name} (VLAN ${vlanId})`, 25);
    }
    if (el.kind === 'physicalSwitch' && vlanId !== null && el.trunkVlans.includes(vlanId)) add(el.id, el.name, el.kind, `trunk carries VLAN ${vlanId}`, 20);
    if (el.kind === 'loadBalancer' && ipQuery && text(q, el.vip)) add(el.id, el.name, el.kind, `VIP ${el.vip}`, 10 * text(q, el.vip) + 5);
  }
  for (const e of edges.values()) {
    const src = nodes.get(e.source);
    const dst = nodes.get(e.target);
    if (!src || !dst) continue;
    if (e.relation === 'attachedTo' && ipQuery && text(q, e.props.ip)) {
      add(src.id, src.name, src.kind, `vNIC ${e.props.ip} on ${dst.name}`, 10 * text(q, e.props.ip) + 8);
    }
    if (e.relation === 'attachedTo' && e.props.mac && text(q, e.props.mac) >= 2) add(src.id, src.name, src.kind, `MAC ${e.props.mac}`, 20);
    if (e.relation === 'uplinksTo' && vlanId !== null && e.props.vlans.includes(vlanId)) {
      add(e.id, `${src.name} → ${dst.name}`, 'edge', `uplink carries VLAN ${vlanId}`, 18);
    }
  }
  return [...hits.values()].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, limit);
}
