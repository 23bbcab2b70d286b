import type { Design, Element, NodeId } from '../model';
import { ancestorsOf } from '../engine/queries/nodes';
import { kindAndSummary } from './label';
import { edgeLabel } from './edgeLabel';
import { placeBoxes } from './geometry';
import { RELATION_STYLES } from './relationStyles';
import { mix, THEMES } from './theme';

export interface DotOptions { title?: string }

/** A DOT double-quoted string: backslashes and quotes escaped, line breaks as \n. */
export const dotString = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n|\r/g, '\\n')}"`;

// Graphviz draws dashes its own way; map our SVG dash patterns onto its three styles.
const dotStyle = (dash: string) => (dash === '' ? 'solid' : dash.startsWith('1 ') || dash.startsWith('2 ') ? 'dotted' : 'dashed');

/**
 * Graphviz DOT: containers (host, hypervisor, any element something runs on) become clusters,
 * relations become styled edges. Edges to a container attach to its cluster border
 * (compound=true, lhead/ltail) through an invisible anchor node inside the cluster.
 */
export function toDot(design: Design, options: DotOptions = {}): string {
  const t = THEMES.light;
  const { boxes, byId } = placeBoxes(design);
  const kids = new Map<NodeId | null, Element[]>();
  for (const b of boxes) {
    const list = kids.get(b.parentId);
    if (list) list.push(b.element); else kids.set(b.parentId, [b.element]);
  }
  const isCluster = (id: NodeId) => byId.get(id)?.container === true;
  const label = (el: Element) => `${el.name}\n${kindAndSummary(el)}`;

  const lines: string[] = [
    `digraph ${dotString(options.title?.trim() || 'VirtLab design')} {`,
    `  graph [rankdir=LR, compound=true, newrank=true, fontname="Helvetica", fontsize=14, labelloc=t, label=${dotString(options.title?.trim() || 'VirtLab design')}, bgcolor=${dotString(t.background)}, pad=0.3, nodesep=0.35, ranksep=0.8];`,
    '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=10, penwidth=1.2];',
    '  edge [fontname="Helvetica", fontsize=9, arrowsize=0.7];',
  ];
  const emit = (el: Element, indent: string) => {
    const accent = t.accent[el.kind];
    if (isCluster(el.id)) {
      lines.push(`${indent}subgraph ${dotString(`cluster_${el.id}`)} {`);
      lines.push(`${indent}  label=${dotString(label(el))}; labeljust=l; style="rounded,filled"; color=${dotString(accent)}; fillcolor=${dotString(mix(t.background, accent, 0.08))}; fontname="Helvetica"; fontsize=11;`);
      lines.push(`${indent}  ${dotString(el.id)} [shape=point, style=invis, width=0.01, height=0.01, label=""];`);
      for (const k of kids.get(el.id) ?? []) emit(k, `${indent}  `);
      lines.push(`${indent}}`);
    } else {
      lines.push(`${indent}${dotString(el.id)} [label=${dotString(label(el))}, color=${dotString(accent)}, fillcolor=${dotString(mix(t.surface, accent, 0.1))}];`);
    }
  };
  for (const top of kids.get(null) ?? []) emit(top, '  ');

  const nodes = design.topology.nodes;
  for (const e of design.topology.edges.values()) {
    if (!nodes.has(e.source) || !nodes.has(e.target)) continue;
    const s = RELATION_STYLES[e.relation];
    const attrs = [`color=${dotString(s.color.light)}`, `style=${dotStyle(s.dash)}`, `penwidth=${s.width}`, `tooltip=${dotString(s.label)}`];
    const text = edgeLabel(e);
    if (text) attrs.push(`label=${dotString(text)}`, `fontcolor=${dotString(s.color.light)}`);
    // Graphviz refuses lhead/ltail when one end sits inside the other's cluster.
    const nested = ancestorsOf(design.topology, e.source).some((a) => a.id === e.target) || ancestorsOf(design.topology, e.target).some((a) => a.id === e.source);
    if (!nested && isCluster(e.target)) attrs.push(`lhead=${dotString(`cluster_${e.target}`)}`);
    if (!nested && isCluster(e.source)) attrs.push(`ltail=${dotString(`cluster_${e.source}`)}`);
    lines.push(`  ${dotString(e.source)} -> ${dotString(e.target)} [${attrs.join(', ')}];`);
  }
  lines.push('}', '');
  return lines.join('\n');
}
