import { describe, expect, it } from 'vitest';
import { toCsv, toDot, toMermaid, vmInventory } from '../../../shared/diagram';
import type { NodeId } from '../../../shared/model';
import { build, sampleDesign } from './sampleDesign';

/** A strict RFC 4180 reader, so the test checks quoting rather than trusting it. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  if (cell || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}

describe('CSV inventory', () => {
  it('has one row per VM with host, hypervisor, vCPU, RAM, networks and disks', () => {
    const rows = readCsv(toCsv(sampleDesign()));
    expect(rows[0]).toEqual(['name', 'host', 'hypervisor', 'vcpu', 'ram_mib', 'networks', 'disks', 'id']);
    expect(rows).toHaveLength(4);
    const db = rows.find((r) => r[0] === 'db-1')!;
    expect(db).toEqual(['db-1', 'esx-01', 'ESXi 8 (esx-01)', '8', '32768', 'Prod (VLAN 10, 10.0.10.12)', '200 GiB thick on SAN-1; 500 GiB thin on SAN-1', 'vm-5']);
    expect(rows.find((r) => r[0] === 'vcenter')![1]).toBe('esx-02');
  });

  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    const d = build(
      { type: 'addNode', kind: 'host', position: { x: 0, y: 0 }, props: { name: 'rack "A", row\n2' } },
      { type: 'addNode', kind: 'hypervisor', parentId: 'host-1' as never, position: { x: 16, y: 40 } },
      { type: 'addNode', kind: 'vm', parentId: 'hypervisor-2' as never, position: { x: 16, y: 40 }, props: { name: '=HYPERLINK("http://x")' } },
    );
    const rows = readCsv(toCsv(d));
    expect(rows[1]![0]).toBe(`'=HYPERLINK("http://x")`);
    expect(rows[1]![1]).toBe('rack "A", row\n2');
  });

  it('lists a VM that sits on no hypervisor (a damaged file) with empty host and hypervisor', () => {
    const d = sampleDesign();
    const vm = d.topology.nodes.get('vm-4' as NodeId)!;
    const loose = { ...d, topology: { ...d.topology, nodes: new Map(d.topology.nodes).set(vm.id, { ...vm, parentId: null }) } };
    const row = vmInventory(loose).find((r) => r.id === 'vm-4')!;
    expect([row.host, row.hypervisor]).toEqual(['', '']);
    expect(row.networks).toEqual(['Prod (VLAN 10, 10.0.10.11)']);
  });
});

describe('Graphviz DOT', () => {
  const dot = toDot(sampleDesign(), { title: 'Lab "one"' });

  it('makes a cluster per container and a node per leaf, with balanced braces', () => {
    for (const id of ['cluster-1', 'host-2', 'hypervisor-3', 'host-6', 'hypervisor-7']) expect(dot).toContain(`subgraph "cluster_${id}" {`);
    for (const id of ['vm-4', 'vm-5', 'vm-8', 'vlan-9', 'vlan-10', 'physicalSwitch-11', 'storagePool-12']) expect(dot).toMatch(new RegExp(`\\n\\s+"${id}" \\[label=`));
    expect(dot.split('{').length).toBe(dot.split('}').length);
    expect(dot.startsWith('digraph "Lab \\"one\\"" {')).toBe(true);
  });

  it('draws each relation with its own style and attaches container edges to the cluster border', () => {
    expect(dot).toMatch(/"host-2" -> "physicalSwitch-11" \[[^\]]*style=solid[^\]]*ltail="cluster_host-2"/);
    expect(dot).toMatch(/"vm-4" -> "vlan-9" \[[^\]]*style=dashed[^\]]*label="10.0.10.11"/);
    expect(dot).toMatch(/"vm-5" -> "storagePool-12" \[[^\]]*style=dotted/);
    expect(dot.match(/ -> /g)).toHaveLength(10);
  });

  it('escapes quotes and backslashes in names', () => {
    const d = build({ type: 'addNode', kind: 'vlan', position: { x: 0, y: 0 }, props: { name: 'a "b" \\ c' } });
    expect(toDot(d)).toContain('label="a \\"b\\" \\\\ c\\n');
  });
});

describe('Mermaid flowchart', () => {
  const mmd = toMermaid(sampleDesign());

  it('nests subgraphs for containers, balanced with end, and declares every element', () => {
    const subgraphs = mmd.match(/^\s*subgraph /gm)!.length;
    expect(subgraphs).toBe(5);
    expect(mmd.match(/^\s*end$/gm)!.length).toBe(subgraphs);
    for (const id of ['vm-4', 'vm-5', 'vm-8', 'vlan-9', 'storagePool-12']) expect(mmd).toContain(`= ${id}`);
    expect(mmd.split('\n')[1]).toBe('flowchart LR');
  });

  it('styles one linkStyle per connection, in link order', () => {
    expect(mmd.match(/^\s*linkStyle \d+ /gm)).toHaveLength(10);
    expect(mmd).toContain('n2 ==>|"trunk 10,20"| n11');
    expect(mmd).toMatch(/linkStyle 3 stroke:#1e40af,stroke-width:2.5px\n/);
  });

  it('turns markup characters in names into Mermaid entity codes', () => {
    const d = build({ type: 'addNode', kind: 'vlan', position: { x: 0, y: 0 }, props: { name: 'a "b" <i>#1</i> | c' } });
    const line = toMermaid(d).split('\n').find((l) => l.includes('n1['))!;
    expect(line).toContain('a #quot;b#quot; #lt;i#gt;#35;1#lt;/i#gt; #124; c');
  });
});
