import { KINDS, type Design, type Kind, type Relation, type RelationKind } from '../model';
import { kindLabel } from '../engine/queries/nesting';
import { describeElement } from './describe';
import { edgeLabel } from './edgeLabel';
import { placeBoxes, type Box } from './geometry';
import { KIND_ICON_PATHS } from './icons';
import { RELATION_ORDER, RELATION_STYLES } from './relationStyles';
import { countsLine, summarizeDesign } from './summary';
import { projectMetadata } from './svgMetadata';
import { mix, THEMES, type Theme, type ThemeName } from './theme';
import { escapeXml as x, num } from './xml';

export interface SvgOptions {
  theme?: ThemeName;
  /** Heading above the diagram; defaults to "VirtLab design". */
  title?: string;
  /** Embed the project in <metadata> so the SVG can be reopened (default true). */
  embedProject?: boolean;
  /** Draw the legend of connection styles and kinds (default true). */
  legend?: boolean;
  /** Prefix of the SVG's internal ids, for several diagrams inlined in one page (default "vl"). */
  idPrefix?: string;
}

const MARGIN = 32;
const TITLE_BLOCK = 72;
const FONT = "Inter, 'Segoe UI', system-ui, -apple-system, Helvetica, Arial, sans-serif";

// No DOM to measure text in shared/, so widths are estimated: ~0.6 em per character in a sans font.
const textWidth = (text: string, size: number, bold = false) => text.length * size * (bold ? 0.62 : 0.56);
function fit(text: string, maxWidth: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= maxWidth) return text;
  const chars = Math.max(1, Math.floor(maxWidth / (size * (bold ? 0.62 : 0.56))) - 1);
  return `${text.slice(0, chars)}…`;
}

const isInactive = (b: Box) =>
  (b.element.kind === 'host' && b.element.powerState === 'off') ||
  (b.element.kind === 'vm' && ['stopped', 'terminated', 'suspended'].includes(b.element.state));

function icon(kind: Kind, color: string, x0: number, y0: number, size: number): string {
  const paths = KIND_ICON_PATHS[kind].map((d) => `<path d="${d}"/>`).join('');
  return `<g transform="translate(${num(x0)} ${num(y0)}) scale(${num(size / 24)})" fill="none" stroke="${color}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${paths}</g>`;
}

function nodeMarkup(b: Box, t: Theme): string {
  const el = b.element;
  const accent = t.accent[el.kind];
  const inactive = isInactive(b);
  const fill = b.container ? mix(t.background, accent, t.containerTint * (1 + Math.min(b.depth, 3) * 0.35)) : t.surface;
  const dash = inactive ? ' stroke-dasharray="6 4"' : '';
  const summary = describeElement(el);
  const tooltip = `${el.name} (${kindLabel(el.kind)}) — ${summary}`;
  const parts = [
    `<g data-node-id="${x(el.id)}" data-kind="${el.kind}"${inactive ? ' opacity="0.7"' : ''}>`,
    `<title>${x(tooltip)}</title>`,
    `<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.w)}" height="${num(b.h)}" rx="${b.container ? 12 : 8}" fill="${fill}" stroke="${accent}" stroke-width="${b.container ? 1.5 : 1.25}"${dash}/>`,
  ];
  // Containers carry their label in a 40 px header; leaves centre theirs vertically.
  const badge = b.container ? 26 : 30;
  const bx = b.x + 10;
  const by = b.container ? b.y + 7 : b.y + (b.h - badge) / 2;
  parts.push(`<rect x="${num(bx)}" y="${num(by)}" width="${badge}" height="${badge}" rx="7" fill="${mix(t.surface, accent, 0.16)}"/>`);
  parts.push(icon(el.kind, accent, bx + (badge - 18) / 2, by + (badge - 18) / 2, 18));
  const tx = bx + badge + 10;
  const room = b.x + b.w - tx - 10;
  const nameY = b.container ? b.y + 19 : b.y + b.h / 2 - 3;
  parts.push(`<text x="${num(tx)}" y="${num(nameY)}" font-size="13" font-weight="600" fill="${t.text}">${x(fit(el.name || kindLabel(el.kind), room, 13, true))}</text>`);
  parts.push(`<text x="${num(tx)}" y="${num(nameY + 14)}" font-size="10.5" fill="${t.mutedText}">${x(fit(summary, room, 10.5))}</text>`);
  parts.push('</g>');
  return parts.join('');
}

interface Pt { x: number; y: number }

/** Where the line from a box's centre towards `to` leaves the box. */
function border(b: Box, to: Pt): Pt {
  const c = { x: b.x + b.w / 2, y: b.y + b.h / 2 };
  const dx = to.x - c.x;
  const dy = to.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const s = Math.min(dx === 0 ? Infinity : b.w / 2 / Math.abs(dx), dy === 0 ? Infinity : b.h / 2 / Math.abs(dy));
  return { x: c.x + dx * s, y: c.y + dy * s };
}

const contains = (outer: Box, inner: Box) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;

/** Endpoints of an edge on the two boxes' borders; an edge to an enclosing box ends on its header. */
function endpoints(s: Box, d: Box): [Pt, Pt] {
  const sc = { x: s.x + s.w / 2, y: s.y + s.h / 2 };
  const dc = { x: d.x + d.w / 2, y: d.y + d.h / 2 };
  if (contains(d, s)) return [{ x: sc.x, y: s.y }, { x: sc.x, y: d.y + 40 }];
  if (contains(s, d)) return [{ x: dc.x, y: s.y + 40 }, { x: dc.x, y: d.y }];
  return [border(s, dc), border(d, sc)];
}

function edgesMarkup(design: Design, byId: ReadonlyMap<string, Box>, t: Theme, prefix: string): { lines: string; labels: string } {
  const edges = [...design.topology.edges.values()].filter((e) => byId.has(e.source) && byId.has(e.target));
  // Connections between the same two elements are fanned out as curves so none hides another.
  const pairs = new Map<string, Relation[]>();
  for (const e of edges) {
    const key = [e.source, e.target].sort().join('\u0000');
    const list = pairs.get(key);
    if (list) list.push(e); else pairs.set(key, [e]);
  }
  const lines: string[] = [];
  const labels: string[] = [];
  const placed: { x: number; y: number; w: number; h: number }[] = [];
  for (const group of pairs.values()) {
    group.forEach((e, i) => {
      const style = RELATION_STYLES[e.relation];
      const color = style.color[t.name];
      const [a, b] = endpoints(byId.get(e.source)!, byId.get(e.target)!);
      const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      // The normal is taken in a fixed source/target order so reversed pairs fan out consistently.
      const flip = e.source < e.target ? 1 : -1;
      const offset = (i - (group.length - 1) / 2) * 18 * flip;
      const c = { x: (a.x + b.x) / 2 - ((b.y - a.y) / len) * offset, y: (a.y + b.y) / 2 + ((b.x - a.x) / len) * offset };
      const d = offset === 0 ? `M${num(a.x)} ${num(a.y)}L${num(b.x)} ${num(b.y)}` : `M${num(a.x)} ${num(a.y)}Q${num(c.x)} ${num(c.y)} ${num(b.x)} ${num(b.y)}`;
      const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
      const source = byId.get(e.source)!.element.name;
      const target = byId.get(e.target)!.element.name;
      lines.push(`<path data-edge-id="${x(e.id)}" data-relation="${e.relation}" d="${d}" fill="none" stroke="${color}" stroke-width="${style.width}"${dash} stroke-linecap="round" marker-end="url(#${prefix}-arrow-${e.relation})"><title>${x(`${source} → ${target}: ${style.label}`)}</title></path>`);
      const label = edgeLabel(e);
      if (label) {
        const text = fit(label, 160, 10);
        const w = textWidth(text, 10) + 8;
        // Slide the label along its edge until it clears the labels already placed.
        const at = (k: number) => ({ x: (1 - k) ** 2 * a.x + 2 * (1 - k) * k * c.x + k ** 2 * b.x, y: (1 - k) ** 2 * a.y + 2 * (1 - k) * k * c.y + k ** 2 * b.y });
        const rectAt = (k: number) => { const p = at(k); return { x: p.x - w / 2, y: p.y - 8, w, h: 15, p }; };
        const clear = (r: { x: number; y: number; w: number; h: number }) => placed.every((o) => r.x + r.w < o.x || o.x + o.w < r.x || r.y + r.h < o.y || o.y + o.h < r.y);
        const spot = [0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8].map(rectAt).find(clear) ?? rectAt(0.5);
        placed.push(spot);
        labels.push(`<g data-edge-label="${x(e.id)}"><rect x="${num(spot.x)}" y="${num(spot.y)}" width="${num(w)}" height="15" rx="4" fill="${t.surface}" fill-opacity="0.92" stroke="${color}" stroke-width="0.75"/><text x="${num(spot.p.x)}" y="${num(spot.p.y + 3.5)}" font-size="10" text-anchor="middle" fill="${t.text}">${x(text)}</text></g>`);
      }
    });
  }
  return { lines: lines.join('\n'), labels: labels.join('\n') };
}

function markers(used: RelationKind[], t: Theme, prefix: string): string {
  return used.map((r) =>
    `<marker id="${prefix}-arrow-${r}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${RELATION_STYLES[r].color[t.name]}"/></marker>`,
  ).join('');
}

/** Legend rows that wrap within `width`; returns the markup and the height it took. */
function legendMarkup(usedRelations: RelationKind[], usedKinds: Kind[], t: Theme, x0: number, y0: number, width: number): { markup: string; height: number } {
  const out: string[] = [];
  let y = y0;
  const section = (heading: string, items: { w: number; draw: (ix: number, iy: number) => string }[]) => {
    if (!items.length) return;
    out.push(`<text x="${num(x0)}" y="${num(y + 12)}" font-size="11" font-weight="700" letter-spacing="0.06em" fill="${t.mutedText}">${x(heading.toUpperCase())}</text>`);
    y += 22;
    let ix = x0;
    for (const item of items) {
      if (ix > x0 && ix + item.w > x0 + width) { ix = x0; y += 22; }
      out.push(item.draw(ix, y));
      ix += item.w + 20;
    }
    y += 30;
  };
  section('Connections', usedRelations.map((r) => {
    const s = RELATION_STYLES[r];
    return {
      w: 44 + textWidth(s.label, 11),
      draw: (ix: number, iy: number) => {
        const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
        return `<g data-legend-relation="${r}"><line x1="${num(ix)}" y1="${num(iy + 6)}" x2="${num(ix + 34)}" y2="${num(iy + 6)}" stroke="${s.color[t.name]}" stroke-width="${s.width}"${dash} stroke-linecap="round"/><text x="${num(ix + 42)}" y="${num(iy + 10)}" font-size="11" fill="${t.text}">${x(s.label)}</text></g>`;
      },
    };
  }));
  section('Elements', usedKinds.map((k) => {
    const label = kindLabel(k);
    const name = label.charAt(0).toUpperCase() + label.slice(1);
    return {
      w: 24 + textWidth(name, 11),
      draw: (ix: number, iy: number) => `<g data-legend-kind="${k}">${icon(k, t.accent[k], ix, iy - 2, 16)}<text x="${num(ix + 22)}" y="${num(iy + 10)}" font-size="11" fill="${t.text}">${x(name)}</text></g>`,
    };
  }));
  return { markup: out.join('\n'), height: y - y0 };
}

/**
 * A standalone architecture diagram of the design: nested boxes from the layout, typed edge
 * styles with a legend, a title, a light or dark theme, and the project embedded in <metadata>
 * (read it back with projectFromSvg). Pure string building: runs in the renderer, a worker or Node.
 */
export function toSvg(design: Design, options: SvgOptions = {}): string {
  const t = THEMES[options.theme ?? 'light'];
  const prefix = (options.idPrefix ?? 'vl').replace(/[^A-Za-z0-9_-]/g, '') || 'vl';
  const title = options.title?.trim() || 'VirtLab design';
  const { boxes, byId, bounds } = placeBoxes(design);
  const summary = summarizeDesign(design);
  const subtitle = summary.elements
    ? `${countsLine(summary)} · ${summary.connections} connection${summary.connections === 1 ? '' : 's'}`
    : 'Empty design';

  const usedRelations = RELATION_ORDER.filter((r) => summary.byRelation[r]);
  const usedKinds = KINDS.filter((k) => summary.byKind[k]);
  const contentW = Math.max(bounds.w, 560, textWidth(title, 22, true), textWidth(subtitle, 12));
  const dx = MARGIN - bounds.x;
  const dy = MARGIN + TITLE_BLOCK - bounds.y;
  const shifted = new Map([...byId].map(([id, b]) => [id, { ...b, x: b.x + dx, y: b.y + dy }] as const));
  const legendTop = MARGIN + TITLE_BLOCK + bounds.h + (bounds.h ? 32 : 0);
  const legend = options.legend === false ? { markup: '', height: 0 } : legendMarkup(usedRelations, usedKinds, t, MARGIN, legendTop, contentW);
  const width = Math.ceil(contentW + 2 * MARGIN);
  const height = Math.ceil(legendTop + legend.height + MARGIN - (legend.height ? 8 : 0));
  const edges = edgesMarkup(design, shifted, t, prefix);

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${x(FONT)}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" data-theme="${t.name}">`,
    `<title id="${prefix}-title">${x(title)}</title>`,
    `<desc id="${prefix}-desc">${x(`VirtLab architecture diagram: ${subtitle}.`)}</desc>`,
    options.embedProject === false ? '' : projectMetadata(design),
    `<defs>${markers(usedRelations, t, prefix)}</defs>`,
    `<rect data-background="" x="0" y="0" width="${width}" height="${height}" fill="${t.background}"/>`,
    `<text x="${MARGIN}" y="${MARGIN + 22}" font-size="22" font-weight="700" fill="${t.text}">${x(title)}</text>`,
    `<text x="${MARGIN}" y="${MARGIN + 44}" font-size="12" fill="${t.mutedText}">${x(subtitle)}</text>`,
    `<g data-layer="nodes">${boxes.map((b) => nodeMarkup(shifted.get(b.element.id)!, t)).join('\n')}</g>`,
    `<g data-layer="edges">${edges.lines}</g>`,
    `<g data-layer="edge-labels">${edges.labels}</g>`,
    legend.markup ? `<g data-layer="legend">${legend.markup}</g>` : '',
    '</svg>',
  ].filter((line) => line !== '').join('\n') + '\n';
}
