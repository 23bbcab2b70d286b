import { describe, expect, it } from 'vitest';
import { inSubnet, searchDesign } from '../../../renderer/src/search/searchDesign';
import { TopologyBuilder } from '../../shared/builders/topologyBuilder';

function lab() {
  const b = new TopologyBuilder();
  const host = b.host('esx-1');
  const hv = b.hypervisor(host, 'esxi');
  const web = b.vm(hv, 'web-1');
  const db = b.vm(hv, 'db-1');
  const prod = b.vlan('prod', 20, '10.0.20.0/24');
  b.attach(web, prod, '10.0.20.11');
  b.attach(db, prod, '10.0.20.12');
  const sw = b.physicalSwitch('tor', [20, 30]);
  const up = b.uplink(host, sw, [20]);
  const vs = b.vswitch(hv, { portGroups: [{ name: 'Prod', vlanId: 20, mode: 'access' }] });
  return { b, web, db, prod, sw, up, vs };
}

describe('search', () => {
  it('finds by name', () => {
    const { b, web } = lab();
    expect(searchDesign(b.design, 'web')[0]).toMatchObject({ id: web, matched: 'name' });
  });

  it('finds the element holding an IP, and the VLAN whose subnet contains it', () => {
    const { b, db, prod } = lab();
    const hits = searchDesign(b.design, '10.0.20.12');
    expect(hits[0]).toMatchObject({ id: db });
    expect(hits[0]!.matched).toContain('vNIC 10.0.20.12');
    expect(hits.find((h) => h.id === prod)?.matched).toBe('10.0.20.12 is in 10.0.20.0/24');
  });

  it('finds everything carrying a VLAN id', () => {
    const { b, prod, sw, up, vs } = lab();
    const ids = searchDesign(b.design, 'vlan 20').map((h) => h.id);
    expect(ids[0]).toBe(prod);
    expect(ids).toEqual(expect.arrayContaining([sw, up, vs]));
    expect(searchDesign(b.design, 'vlan 30').map((h) => h.id)).toEqual([sw]);
  });

  it('checks subnets', () => {
    expect(inSubnet('10.0.20.7', '10.0.20.0/24')).toBe(true);
    expect(inSubnet('10.0.21.7', '10.0.20.0/24')).toBe(false);
    expect(inSubnet('10.0.21.7', '10.0.0.0/16')).toBe(true);
    expect(inSubnet('bad', '10.0.0.0/16')).toBe(false);
  });
});
