// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { projectFromSvg, toSvg } from '../../../shared/diagram';
import { emptyDesign } from '../../../shared/engine/design';
import type { Design, NodeId } from '../../../shared/model';
import { serializeProject } from '../../../shared/schema/project';
import { build, sampleDesign } from './sampleDesign';

/** Parses SVG text as XML; fails the test with the parser's message if it is not well-formed. */
function parseSvg(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`SVG is not well-formed XML: ${error.textContent}`);
  return doc;
}

const nodeGroups = (doc: Document) => new Map([...doc.querySelectorAll('g[data-node-id]')].map((g) => [g.getAttribute('data-node-id')!, g]));
function rectOf(g: Element) {
  const r = g.querySelector('rect')!;
  const n = (a: string) => Number(r.getAttribute(a));
  return { x: n('x'), y: n('y'), w: n('width'), h: n('height') };
}

describe('toSvg', () => {
  it('is well-formed and draws every element and every connection', () => {
    const d = sampleDesign();
    const doc = parseSvg(toSvg(d));
    expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    const groups = nodeGroups(doc);
    expect([...groups.keys()].sort()).toEqual([...d.topology.nodes.keys()].sort());
    for (const el of d.topology.nodes.values()) {
      expect(groups.get(el.id)!.getAttribute('data-kind')).toBe(el.kind);
      expect(groups.get(el.id)!.textContent).toContain(el.name);
    }
    const paths = [...doc.querySelectorAll('path[data-edge-id]')];
    expect(paths.map((p) => p.getAttribute('data-edge-id')).sort()).toEqual([...d.topology.edges.keys()].sort());
    for (const p of paths) {
      const marker = p.getAttribute('marker-end')!.match(/url\(#(.+)\)/)![1]!;
      expect(doc.getElementById(marker), `marker ${marker}`).not.toBeNull();
    }
  });

  it('draws nesting as rectangles contained in their parents', () => {
    const d = sampleDesign();
    const groups = nodeGroups(parseSvg(toSvg(d)));
    let checked = 0;
    for (const el of d.topology.nodes.values()) {
      if (!el.parentId) continue;
      const c = rectOf(groups.get(el.id)!);
      const p = rectOf(groups.get(el.parentId)!);
      expect(c.x).toBeGreaterThan(p.x);
      expect(c.y).toBeGreaterThan(p.y);
      expect(c.x + c.w).toBeLessThan(p.x + p.w);
      expect(c.y + c.h).toBeLessThan(p.y + p.h);
      checked++;
    }
    expect(checked).toBe(7);
  });

  it('styles edges per relation and lists only the relations and kinds in use in the legend', () => {
    const doc = parseSvg(toSvg(sampleDesign()));
    const dashOf = (r: string) => doc.querySelector(`path[data-relation="${r}"]`)!.getAttribute('stroke-dasharray');
    expect(dashOf('uplinksTo')).toBeNull();
    expect(dashOf('attachedTo')).not.toBe(dashOf('backedBy'));
    const legend = [...doc.querySelectorAll('[data-legend-relation]')].map((g) => g.getAttribute('data-legend-relation'));
    expect(legend.sort()).toEqual(['attachedTo', 'backedBy', 'storagePath', 'uplinksTo']);
    const kinds = [...doc.querySelectorAll('[data-legend-kind]')].map((g) => g.getAttribute('data-legend-kind'));
    expect(kinds).toContain('cluster');
    expect(kinds).not.toContain('container');
  });

  it('embeds the project so the SVG reopens as the same design', () => {
    const d = sampleDesign();
    const back = projectFromSvg(toSvg(d, { theme: 'dark' }));
    expect(back.ok).toBe(true);
    if (back.ok) expect(serializeProject(back.value.design)).toBe(serializeProject(d));
  });

  it('escapes names and keeps them exact through the embedded project', () => {
    const nasty = `<script>alert("x")</script> & 'q' \u0001 ü 😀 ]]>`;
    const d = build({ type: 'addNode', kind: 'vlan', position: { x: 0, y: 0 }, props: { name: nasty } });
    const svg = toSvg(d, { title: 'A & B <c>' });
    expect(svg).not.toContain('<script>');
    const doc = parseSvg(svg);
    expect(doc.querySelector('title')!.textContent).toBe('A & B <c>');
    expect(doc.querySelector('g[data-node-id] > title')!.textContent).toContain(`<script>alert("x")</script> & 'q'  ü 😀`);
    const back = projectFromSvg(svg);
    expect(back.ok && back.value.design.topology.nodes.get('vlan-1' as NodeId)!.name).toBe(nasty);
  });

  it('themes: dark and light differ in background, and are marked', () => {
    const bg = (svg: string) => parseSvg(svg).querySelector('rect[data-background]')!.getAttribute('fill');
    const d = sampleDesign();
    expect(bg(toSvg(d, { theme: 'dark' }))).not.toBe(bg(toSvg(d, { theme: 'light' })));
    expect(parseSvg(toSvg(d, { theme: 'dark' })).documentElement.getAttribute('data-theme')).toBe('dark');
  });

  it('can leave the project out, and then says so when asked to reopen it', () => {
    const svg = toSvg(sampleDesign(), { embedProject: false });
    expect(parseSvg(svg).querySelector('metadata')).toBeNull();
    const back = projectFromSvg(svg);
    expect(!back.ok && back.error.code).toBe('no-embedded-project');
  });

  it('places elements that have no stored position without overlapping', () => {
    const d = sampleDesign();
    const layout = { ...d.layout };
    for (const id of ['vlan-9', 'vlan-10', 'physicalSwitch-11', 'storagePool-12', 'vm-4', 'vm-5']) delete (layout as Record<string, unknown>)[id];
    const groups = nodeGroups(parseSvg(toSvg({ ...d, layout })));
    const overlap = (a: ReturnType<typeof rectOf>, b: ReturnType<typeof rectOf>) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
    for (const [a, b] of [['vlan-9', 'vlan-10'], ['vlan-10', 'physicalSwitch-11'], ['vm-4', 'vm-5'], ['vlan-9', 'cluster-1']]) {
      expect(overlap(rectOf(groups.get(a!)!), rectOf(groups.get(b!)!)), `${a} and ${b}`).toBe(false);
    }
  });

  it('draws an empty design as a titled, well-formed page', () => {
    const doc = parseSvg(toSvg(emptyDesign(), { title: 'Nothing yet' }));
    expect(doc.documentElement.textContent).toContain('Empty design');
    expect(doc.querySelectorAll('g[data-node-id]')).toHaveLength(0);
  });
});

describe('projectFromSvg', () => {
  it('reads a project back after an editor renamed the prefix and used CDATA', () => {
    const d: Design = sampleDesign();
    const json = serializeProject(d);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:v="urn:virtlab:project"><metadata>\n<v:project encoding="json"><![CDATA[${json}]]></v:project></metadata></svg>`;
    const back = projectFromSvg(svg);
    expect(back.ok && serializeProject(back.value.design)).toBe(json);
  });

  it('reports a damaged embedded project with the loader\u2019s reason', () => {
    const back = projectFromSvg('<svg><metadata><vl:project>{"kind": "something-else"}</vl:project></metadata></svg>');
    expect(!back.ok && back.error.code).not.toBe('no-embedded-project');
    expect(back.ok).toBe(false);
  });
});
