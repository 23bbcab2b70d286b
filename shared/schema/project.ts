import { z } from 'zod';
import { DEFAULT_PROPS, DEFAULT_SETTINGS, KINDS, type Design, type Element, type Relation } from '../model';
import { RELATION_DEFAULTS } from '../engine/commands/relationDefaults';
import { fail, ok, type Result } from '../engine/result';
import { envelopeSchema, FORMAT_VERSION, PROJECT_KIND } from './envelope';

const nodeSchema = z.looseObject({ id: z.string().min(1), kind: z.enum(KINDS), name: z.string(), parentId: z.string().nullable() });
const edgeSchema = z.looseObject({
  id: z.string().min(1),
  relation: z.enum(['uplinksTo', 'storagePath', 'attachedTo', 'backedBy', 'manages', 'balances', 'memberOf']),
  source: z.string(),
  target: z.string(),
  props: z.record(z.string(), z.unknown()).optional(),
});
const layoutSchema = z.record(z.string(), z.object({ x: z.number(), y: z.number(), width: z.number().optional(), height: z.number().optional() }));

export interface ParsedProject { design: Design; warnings: string[] }

/** Serializes a design as the latest project file format. */
export function serializeProject(design: Design, appVersion = '0.1.0'): string {
  const { topology, layout, scenarios } = design;
  return JSON.stringify({ kind: PROJECT_KIND, formatVersion: FORMAT_VERSION, app: { name: 'VirtLab', version: appVersion }, topology, layout, scenarios }, null, 2);
}

/** Parses a project file: kind, version, shape; unknown fields fall back to defaults with a warning. */
export function parseProject(text: string): Result<ParsedProject> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail('not-json', `The file is not valid JSON: ${(e as Error).message}`);
  }
  const env = envelopeSchema.safeParse(raw);
  if (!env.success) {
    const issue = env.error.issues[0]!;
    return fail('not-a-project', `This is not a VirtLab project: ${issue.path.join('.') || 'file'}: ${issue.message}.`, issue.path.join('.'));
  }
  if (env.data.formatVersion > FORMAT_VERSION) {
    return fail('format-too-new', `This project was saved in format ${env.data.formatVersion} by a newer VirtLab; this version reads formats up to ${FORMAT_VERSION}. Update VirtLab to open it.`);
  }
  const warnings: string[] = [];
  const topo = (env.data.topology ?? {}) as { nodes?: Record<string, unknown>; edges?: Record<string, unknown>; settings?: unknown; nextSeq?: unknown };
  const nodes: Record<string, Element> = {};
  for (const [key, value] of Object.entries(topo.nodes ?? {})) {
    const n = nodeSchema.safeParse(value);
    if (!n.success) {
      warnings.push(`Dropped element "${key}": ${n.error.issues[0]!.path.join('.')}: ${n.error.issues[0]!.message}.`);
      continue;
    }
    nodes[n.data.id] = { ...DEFAULT_PROPS[n.data.kind], ...n.data } as unknown as Element;
  }
  const edges: Record<string, Relation> = {};
  for (const [key, value] of Object.entries(topo.edges ?? {})) {
    const e = edgeSchema.safeParse(value);
    if (!e.success || !nodes[e.data.source] || !nodes[e.data.target]) {
      warnings.push(`Dropped connection "${key}": ${e.success ? 'it points at a missing element' : e.error.issues[0]!.message}.`);
      continue;
    }
    edges[e.data.id] = { ...e.data, props: { ...RELATION_DEFAULTS[e.data.relation], ...e.data.props } } as unknown as Relation;
  }
  const layoutParsed = layoutSchema.safeParse(env.data.layout ?? {});
  const layout = layoutParsed.success ? layoutParsed.data : {};
  if (!layoutParsed.success) warnings.push('The layout was damaged and has been reset; elements were placed at the origin.');
  const nextSeq = typeof topo.nextSeq === 'number' && Number.isFinite(topo.nextSeq) ? topo.nextSeq : Object.keys(nodes).length + Object.keys(edges).length + 1;
  return ok({
    design: {
      topology: { nodes, edges, settings: { ...DEFAULT_SETTINGS, ...(topo.settings as object) }, nextSeq } as Design['topology'],
      layout,
      scenarios: Array.isArray(env.data.scenarios) ? (env.data.scenarios as Design['scenarios']) : [],
    },
    warnings,
  });
}
