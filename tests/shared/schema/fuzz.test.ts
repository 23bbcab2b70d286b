import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { designSchema } from '../../../shared/schema/design';
import { LOAD_ERROR_CODES } from '../../../shared/schema/loadErrors';
import { parseProject } from '../../../shared/schema/project';
import { storedDesign } from '../../../shared/schema/storedDesign';
import { fileOf, smallDesign, type Loose } from './helpers';

/*
 * 2,000 damaged project files, built by a seeded generator from valid ones: structural damage
 * (wrong types, missing fields, unknown kinds, dangling references, duplicate ids, nesting loops,
 * huge numbers) and byte damage (truncation, stray bytes decoded with TextDecoder as a reader would,
 * 1e400 literals). Every file must give either a typed error or a design that passes the strict
 * schema — and a repaired design must come with warnings unless the file was already valid.
 */

const RUNS = 2000;
/** Override with FUZZ_SEED=<n> to explore further; the committed seed keeps CI reproducible. */
const SEED = Number(process.env.FUZZ_SEED ?? 20240611);

/** mulberry32: small, fast, seeded. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}
type Rng = ReturnType<typeof rng>;

const NASTY: unknown[] = ['big', '', -1, -1e308, 1e308, 0, 3.5, 2 ** 53 + 2, null, true, [], {}, [1, 'x', null], { a: 1 }, 'x'.repeat(500), '__proto__', 'host-1'];

/** Every container (object or list) in a JSON tree, with the path to it. */
function containers(v: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (typeof v === 'object' && v !== null) {
    out.push(v as Record<string, unknown>);
    for (const c of Object.values(v)) containers(c, out);
  }
  return out;
}

const TREE_DAMAGE: ((doc: Loose, r: Rng) => void)[] = [
  // a wrong value somewhere
  (doc, r) => { const c = r.pick(containers(doc)); const keys = Object.keys(c); if (keys.length) c[r.pick(keys)] = r.pick(NASTY); },
  // a missing field somewhere
  (doc, r) => { const c = r.pick(containers(doc)); const keys = Object.keys(c); if (keys.length && !Array.isArray(c)) delete c[r.pick(keys)]; },
  // an unknown kind, or a known kind with nothing else
  (doc, r) => { doc.topology.nodes[`x-${r.int(99)}`] = r.next() < 0.5 ? { kind: 'mainframe', name: 'Z' } : { kind: r.pick(['vm', 'host', 'vlan', 'cluster']) }; },
  // dangling connection or parent
  (doc, r) => {
    const nodes = Object.values(doc.topology.nodes ?? {}) as Loose[];
    const edges = Object.values(doc.topology.edges ?? {}) as Loose[];
    if (edges.length && r.next() < 0.5) r.pick(edges).target = `gone-${r.int(9)}`;
    else if (nodes.length) r.pick(nodes).parentId = r.next() < 0.5 ? `gone-${r.int(9)}` : r.pick(nodes).id;
  },
  // duplicate ids: as a list, a mismatched id, or an edge reusing a node id
  (doc, r) => {
    const nodes = doc.topology.nodes;
    if (typeof nodes !== 'object' || nodes === null) return;
    const list = Object.values(nodes) as Loose[];
    if (!list.length) return;
    const mode = r.int(3);
    if (mode === 0) doc.topology.nodes = [...list, { ...r.pick(list) }];
    else if (mode === 1) r.pick(list).id = r.pick(list).id;
    else doc.topology.edges = { ...doc.topology.edges, [r.pick(list).id]: { relation: 'attachedTo', source: r.pick(list).id, target: r.pick(list).id } };
  },
  // a nesting loop
  (doc, r) => {
    const list = Object.values(doc.topology.nodes ?? {}) as Loose[];
    const nested = list.filter((n) => n && n.parentId);
    if (nested.length) { const child = r.pick(nested); const parent = list.find((n) => n && n.id === child.parentId); if (parent) parent.parentId = child.id; }
  },
  // huge, negative and fractional numbers
  (doc, r) => {
    for (const c of containers(doc)) for (const k of Object.keys(c)) if (typeof c[k] === 'number' && r.next() < 0.2) c[k] = r.pick([-5, 1e300, 0.5, -0.0001, 4096.7]);
  },
  // a whole section replaced
  (doc, r) => { const where = r.next() < 0.2 ? doc : doc.topology; const keys = Object.keys(where ?? {}); if (keys.length) where[r.pick(keys)] = r.pick(NASTY); },
  // the envelope itself
  (doc, r) => {
    if (r.next() < 0.7) doc.topology.nextSeq = r.pick([1, -3, 'ten', 0.5]);
    else doc[r.pick(['formatVersion', 'kind'])] = r.pick([2, 99, 0, '1', null, 'virtlab-file']);
  },
];

const TEXT_DAMAGE: ((text: string, r: Rng) => string)[] = [
  (t, r) => t.slice(0, r.int(t.length)),
  (t, r) => t.replace(/(?<=[:,[]\s*)-?\d+(\.\d+)?/g, (m) => (r.next() < 0.05 ? r.pick(['1e400', '-1e400', '1e-400']) : m)),
  (t, r) => {
    // Stray bytes in the UTF-8, decoded leniently (U+FFFD) the way the app reads a file.
    const bytes = new TextEncoder().encode(t);
    const out = Array.from(bytes);
    for (let i = 0, n = 1 + r.int(6); i < n; i++) {
      const at = r.int(out.length);
      if (r.next() < 0.5) out.splice(at, 0, 0x80 + r.int(0x80));
      else out[at] = r.pick([0xc0, 0xff, 0xfe, 0xe2, 0x00, 0x22, 0x7b]);
    }
    return new TextDecoder().decode(new Uint8Array(out));
  },
  (t, r) => { const at = r.int(t.length); return t.slice(0, at) + r.pick(['{', '"', ',', ']', '\u0000', '\uD800']) + t.slice(at); },
];

function bases(): string[] {
  const dir = join(__dirname, '../../fixtures/formats/v1');
  const fixtures = readdirSync(dir).filter((f) => f.endsWith('.virtlab.json')).map((f) => readFileSync(join(dir, f), 'utf8'));
  return [...fixtures, JSON.stringify(fileOf(smallDesign()))];
}

/** The damaged file number `i` of this run (deterministic, so a failure can be replayed). */
function damagedFile(base: string, r: Rng): string {
  const doc = JSON.parse(base);
  for (let i = 0, n = r.next() < 0.85 ? 1 + r.int(4) : 0; i < n; i++) {
    try {
      r.pick(TREE_DAMAGE)(doc, r);
    } catch {
      // An earlier step removed what this one damages (e.g. the whole topology): skip it.
    }
  }
  let text = JSON.stringify(doc, null, r.next() < 0.5 ? 2 : undefined);
  if (r.next() < 0.35) text = r.pick(TEXT_DAMAGE)(text, r);
  return text;
}

/** Does the raw file already hold a valid design (so loading it needs no repair)? */
function alreadyValid(text: string): boolean {
  try {
    const doc = JSON.parse(text.replace(/^\uFEFF/, ''));
    return designSchema.safeParse({ topology: doc.topology, layout: doc.layout ?? {}, scenarios: doc.scenarios ?? [] }).success;
  } catch {
    return false;
  }
}

describe('fuzz: damaged project files', () => {
  it(`${RUNS} corrupted files: never a throw; a typed error or a strictly valid, explained repair`, () => {
    const r = rng(SEED);
    const sources = bases();
    const tally: Record<string, number> = {};
    let warnings = 0;
    for (let i = 0; i < RUNS; i++) {
      const text = damagedFile(r.pick(sources), r);
      let result: ReturnType<typeof parseProject>;
      try {
        result = parseProject(text);
      } catch (e) {
        throw new Error(`file #${i} (seed ${SEED}) made the loader throw: ${(e as Error).stack}`);
      }
      if (!result.ok) {
        expect(LOAD_ERROR_CODES, `file #${i}: ${result.error.message}`).toContain(result.error.code);
        expect(result.error.code, `file #${i}: ${result.error.message}`).not.toBe('internal');
        expect(result.error.message.length).toBeGreaterThan(10);
        tally[result.error.code] = (tally[result.error.code] ?? 0) + 1;
        continue;
      }
      const strict = designSchema.safeParse(storedDesign(result.value.design));
      expect(strict.success ? [] : strict.error.issues.slice(0, 2), `file #${i}`).toEqual([]);
      for (const w of result.value.warnings) expect(w, `file #${i}`).toMatch(/^\S.*: .+|^…and \d+ more repairs\.$/);
      const repaired = result.value.warnings.length > 0;
      if (!repaired) expect(alreadyValid(text), `file #${i} was changed without a warning`).toBe(true);
      tally[repaired ? 'repaired' : 'clean'] = (tally[repaired ? 'repaired' : 'clean'] ?? 0) + 1;
      warnings += result.value.warnings.length;
      if (i % 10 === 0) expect(parseProject(text), `file #${i} loads the same twice`).toEqual(result);
    }
    console.info(`fuzz (${RUNS} files, seed ${SEED}):`, JSON.stringify(tally), `warnings: ${warnings}`);
    // The generator must keep exercising every path, or this test would pass vacuously.
    expect(tally.repaired ?? 0).toBeGreaterThan(RUNS * 0.4);
    for (const code of ['not-json', 'not-a-project', 'bad-format-version', 'format-too-new', 'damaged-project']) expect(tally[code] ?? 0, code).toBeGreaterThan(0);
  });
});
