import { describe, expect, it } from 'vitest';
import { validateDesign } from '../../../shared/engine/validation/validate';
import { runScenario } from '../../../shared/engine/sim/scenario/runScenario';
import type { Design, Element, NodeId } from '../../../shared/model';
import { designSchema } from '../../../shared/schema/design';
import { storedDesign } from '../../../shared/schema/storedDesign';
import { parseProject, serializeProject } from '../../../shared/schema/project';
import { PAD, HEADER } from '../../../shared/templates/layout';
import { buildTemplate, templateById, TEMPLATES, templateSummaries } from '../../../shared/templates/registry';

const all = TEMPLATES.map((t) => [t.id, t] as const);

describe('template registry', () => {
  it('has unique kebab-case ids, titles and descriptions', () => {
    const ids = TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of TEMPLATES) {
      expect(t.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(t.title.length).toBeGreaterThan(3);
      expect(t.description.length).toBeGreaterThan(40);
    }
    expect(templateSummaries().map((s) => s.id)).toEqual(ids);
    expect(templateById('xen-lab')?.title).toBe('Xen lab');
    expect(templateById('nope')).toBeUndefined();
    const missing = buildTemplate('nope');
    expect(!missing.ok && missing.error).toEqual({ code: 'unknown-template', message: expect.stringContaining('the templates are xen-lab, vsphere-cluster') });
    expect(buildTemplate('xen-lab')).toEqual({ ok: true, value: templateById('xen-lab')!.build() });
  });
});

describe.each(all)('template %s', (_, t) => {
  const d = t.build();

  it('builds the same design every time and passes the strict file schema', () => {
    expect(t.build()).toEqual(d);
    const strict = designSchema.safeParse(storedDesign(d));
    expect(strict.success ? [] : strict.error.issues.slice(0, 3)).toEqual([]);
  });

  it('saves and loads back with no warnings', () => {
    const r = parseProject(serializeProject(d));
    expect(r.ok && r.value.warnings).toEqual([]);
    expect(r.ok && r.value.design).toEqual(d);
  });

  it('has no validation errors or warnings (a template is an example to copy)', () => {
    const findings = validateDesign(d).filter((f) => f.severity !== 'info');
    expect(findings.map((f) => `${f.severity} ${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  it('is laid out for the canvas: sized boxes, children inside their parents, no overlaps', () => {
    const nodes = [...d.topology.nodes.values()];
    for (const n of nodes) {
      const l = d.layout[n.id]!;
      expect(l.width! > 0 && l.height! > 0, `${n.name} has a size`).toBe(true);
      if (n.parentId) {
        const p = d.layout[n.parentId]!;
        expect(l.x >= PAD && l.y >= HEADER, `${n.name} clears its parent's border and header`).toBe(true);
        expect(l.x + l.width! <= p.width! - PAD + 0.001 && l.y + l.height! <= p.height! - PAD + 0.001, `${n.name} fits in its parent`).toBe(true);
      }
    }
    const siblings = new Map<NodeId | null, Element[]>();
    for (const n of nodes) siblings.set(n.parentId, [...(siblings.get(n.parentId) ?? []), n]);
    for (const group of siblings.values()) {
      for (const [i, a] of group.entries()) {
        for (const b of group.slice(i + 1)) expect(overlap(d, a.id, b.id), `${a.name} and ${b.name} overlap`).toBe(false);
      }
    }
  });

  it('plays its scenarios without a refused action', () => {
    for (const s of d.scenarios) {
      const { log } = runScenario(d, s);
      expect(log.filter((e) => e.type === 'refused')).toEqual([]);
    }
  });
});

function overlap(d: Design, a: NodeId, b: NodeId): boolean {
  const p = d.layout[a]!;
  const q = d.layout[b]!;
  return p.x < q.x + q.width! && q.x < p.x + p.width! && p.y < q.y + q.height! && q.y < p.y + p.height!;
}
