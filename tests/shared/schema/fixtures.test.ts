import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../shared/model';
import { designSchema } from '../../../shared/schema/design';
import { FORMAT_VERSION } from '../../../shared/schema/envelope';
import { parseProject, serializeProject } from '../../../shared/schema/project';
import { RELATION_KINDS } from '../../../shared/schema/relation';
import { SCENARIO_ACTION_SCHEMAS } from '../../../shared/schema/scenario';
import { storedDesign } from '../../../shared/schema/storedDesign';

// One folder per released format; fixtures are never deleted or edited, so every format ever
// written keeps loading through the migrations.
const ROOT = join(__dirname, '../../fixtures/formats');
const versions = readdirSync(ROOT).map((d) => /^v(\d+)$/.exec(d)).filter((m) => m !== null).map((m) => Number(m[1])).sort((a, b) => a - b);
const fixtures = versions.flatMap((v) => readdirSync(join(ROOT, `v${v}`)).filter((f) => f.endsWith('.virtlab.json')).map((file) => ({ v, file, text: readFileSync(join(ROOT, `v${v}`, file), 'utf8') })));

describe('format fixtures', () => {
  it('exist for every format from 1 to the latest, and none beyond', () => {
    expect(versions).toEqual(Array.from({ length: FORMAT_VERSION }, (_, i) => i + 1));
    for (const v of versions) expect(fixtures.some((f) => f.v === v), `a fixture for format ${v}`).toBe(true);
  });

  it.each(fixtures.map((f) => [`v${f.v}/${f.file}`, f] as const))('%s loads cleanly', (_, f) => {
    expect(JSON.parse(f.text).formatVersion).toBe(f.v);
    const r = parseProject(f.text);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    expect(r.value.warnings).toEqual([]);
    expect(designSchema.safeParse(storedDesign(r.value.design)).success).toBe(true);
  });

  it('of the latest format re-save byte for byte (otherwise the format changed: add a migration)', () => {
    for (const f of fixtures.filter((x) => x.v === FORMAT_VERSION)) {
      const r = parseProject(f.text);
      expect(r.ok && serializeProject(r.value.design), f.file).toBe(f.text);
    }
  });

  it('of the latest format hold every kind, relation and scenario action between them', () => {
    const latest = fixtures.filter((x) => x.v === FORMAT_VERSION).map((f) => JSON.parse(f.text));
    const nodes = latest.flatMap((doc) => Object.values(doc.topology.nodes) as { kind: string }[]);
    const edges = latest.flatMap((doc) => Object.values(doc.topology.edges) as { relation: string }[]);
    const actions = latest.flatMap((doc) => (doc.scenarios as { actions: { type: string }[] }[]).flatMap((s) => s.actions));
    expect(KINDS.filter((k) => !nodes.some((n) => n.kind === k))).toEqual([]);
    expect(RELATION_KINDS.filter((r) => !edges.some((e) => e.relation === r))).toEqual([]);
    expect(Object.keys(SCENARIO_ACTION_SCHEMAS).filter((t) => !actions.some((a) => a.type === t))).toEqual([]);
    expect(existsSync(join(ROOT, `v${FORMAT_VERSION + 1}`))).toBe(false);
  });
});
