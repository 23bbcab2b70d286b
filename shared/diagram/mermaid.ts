import type { Design, Element, NodeId } from '../model';
import { kindAndSummary } from './label';
import { edgeLabel } from './edgeLabel';
import { placeBoxes } from './geometry';
import { RELATION_STYLES } from './relationStyles';
import { mix, THEMES } from './theme';

export interface MermaidOptions { title?: string }

const ENTITY: Record<string, string> = { '#': '#35;', '"': '#quot;', '<': '#lt;', '>': '#gt;', '&': '#amp;', '|': '#124;', '`': '#96;' };

/** Text for inside a Mermaid "quoted label": markup characters become Mermaid entity codes. */
export const mermaidText = (s: string): string => s.replace(/\r?\n|\r/g, ' ').replace(/[#"<>&|`]/g, (c) => ENTITY[c]!);

// Mermaid's link syntax only has solid, dotted and thick; colour and dash come from linkStyle.
const ARROW = { solid: '-->', dotted: '-.->', thick: '==>' } as const;

/**
 * A Mermaid flowchart: containers become subgraphs, elements get a class per kind, relations
 * become links styled per relation with linkStyle. Ids are n1, n2… (Mermaid ids must be plain);
 * a comment line maps each back to the design's id.
 */
export function toMermaid(design: Design, options: MermaidOptions = {}): string {
  const t = THEMES.light;
  const { boxes, byId } = placeBoxes(design);
  const ids = new Map<NodeId, string>(boxes.map((b, i) => [b.element.id, `n${i + 1}`]));
  const kids = new Map<NodeId | null, Element[]>();
  for (const b of boxes) {
    const list = kids.get(b.parentId);
    if (list) list.push(b.element); else kids.set(b.parentId, [b.element]);
  }
  const label = (el: Element) => `"${mermaidText(el.name)}<br/><small>${mermaidText(kindAndSummary(el))}</small>"`;

  const lines = [
    `%% ${mermaidText(options.title?.trim() || 'VirtLab design')} — exported by VirtLab`,
    'flowchart LR',
  ];
  const emit = (el: Element, indent: string) => {
    const id = ids.get(el.id)!;
    lines.push(`${indent}%% ${id} = ${mermaidText(el.id)}`);
    if (byId.get(el.id)?.container) {
      lines.push(`${indent}subgraph ${id} [${label(el)}]`, `${indent}  direction TB`);
      for (const k of kids.get(el.id) ?? []) emit(k, `${indent}  `);
      lines.push(`${indent}end`);
    } else {
      lines.push(`${indent}${id}[${label(el)}]`);
    }
  };
  for (const top of kids.get(null) ?? []) emit(top, '  ');

  const styles: string[] = [];
  let link = 0;
  for (const e of design.topology.edges.values()) {
    const s = ids.get(e.source);
    const d = ids.get(e.target);
    if (!s || !d) continue;
    const style = RELATION_STYLES[e.relation];
    const arrow = style.dash === '' ? (style.width >= 2.5 ? ARROW.thick : ARROW.solid) : ARROW.dotted;
    const text = edgeLabel(e);
    lines.push(`  ${s} ${arrow}${text ? `|"${mermaidText(text)}"|` : ''} ${d}`);
    const dash = style.dash ? `,stroke-dasharray:${style.dash}` : '';
    styles.push(`  linkStyle ${link++} stroke:${style.color.light},stroke-width:${style.width}px${dash}`);
  }
  lines.push(...styles);

  const byKind = new Map<string, string[]>();
  for (const b of boxes) {
    const list = byKind.get(b.element.kind);
    if (list) list.push(ids.get(b.element.id)!); else byKind.set(b.element.kind, [ids.get(b.element.id)!]);
  }
  for (const [kind, members] of byKind) {
    const accent = t.accent[kind as Element['kind']];
    lines.push(`  classDef ${kind} fill:${mix(t.surface, accent, 0.1)},stroke:${accent},color:${t.text}`);
    lines.push(`  class ${members.join(',')} ${kind}`);
  }
  return `${lines.join('\n')}\n`;
}
