import type { Design, EdgeId, Element, NodeId, Topology } from '../../model';
import type { DomainEvent } from '../commands/types';
import { ledgerOf } from '../ledger/ledgerOf';
import type { Ledger } from '../ledger/types';
import { preflight } from '../preflight/preflight';
import type { PreflightResult } from '../preflight/types';
import { RULES } from '../rules/registry';
import type { Finding, FindingDraft, Rule } from '../rules/types';
import type { Result } from '../result';
import { changedIds, changedKeys } from './changes';
import { ValidationContext, type Flagged } from './context';
import { compareStrings, severityRank } from './findingOrder';
import { walkNesting } from './nestingWalk';
import { SubjectUnion, TopologyIndex, type IdCollection } from './topologyIndex';

/** Above this many changed ids a full pass is as cheap as the bookkeeping. */
const FULL_PASS_ABOVE = 2000;

type Store = Map<string, Map<string, Finding[]>>;
/** Rules that check the same subjects, with the finding maps they fill. */
interface Group { subjects: Iterable<string>; rules: Rule[]; checks: Rule['check'][]; into: Map<string, Finding[]>[]; runs: number }
const NO_FLAGS: Flagged = new Map<string, never>();

/**
 * Keeps the findings of a design up to date as it is edited. `full` validates everything; `update`
 * re-checks only the subjects each rule says the changed elements affect (asked on the design before
 * and after the edit), over an index patched element by element.
 */
export class LiveValidator {
  private design: Design | undefined;
  private ix = new TopologyIndex();
  private store: Store = new Map();
  private cached: Finding[] | null = null;

  constructor(private readonly rules: readonly Rule[] = RULES) {}

  /** Validates a whole design from scratch. */
  full(design: Design): Finding[] {
    const t = design.topology;
    const { ix, roots } = TopologyIndex.withRoots(t);
    this.design = design;
    this.ix = ix;
    this.store = new Map();
    const ctx = this.context(t);
    // Rules that check the same subjects (the very same index collection: every VM, every vNIC…) form
    // one group. Checks are pure functions of the design, so the order they run in cannot change a
    // finding; the order is chosen for the CPU cache, which is what a pass over 45,000 scattered
    // objects is bound by.
    const groups = new Map<Iterable<string>, Group>();
    for (const rule of this.rules) {
      const m = new Map<string, Finding[]>();
      this.store.set(rule.id, m);
      const subjects = rule.subjects(ctx);
      // A rule over several collections joins the group of each (they are disjoint).
      for (const part of subjects instanceof SubjectUnion ? new Set(subjects.parts) : [subjects]) {
        let g = groups.get(part);
        if (!g) groups.set(part, (g = { subjects: part, rules: [], checks: [], into: [], runs: 0 }));
        g.rules.push(rule);
        g.checks.push(rule.check);
        g.into.push(m);
      }
    }
    // Groups over every element of a kind or every connection of a relation run during one walk down
    // the nesting forest: each element, then the connections leaving it, then what is nested in it. A
    // host, its hypervisor, its VMs and their vNICs and disks are then checked by every rule while they
    // are in the cache, instead of being fetched again from memory by each group in turn.
    const byKind = new Map<string, Group>();
    const byRelation = new Map<string, Group>();
    const others: Group[] = [];
    for (const g of groups.values()) {
      const c = ix.collectionOf(g.subjects);
      if (c && 'kind' in c) byKind.set(c.kind, g);
      else if (c) byRelation.set(c.relation, g);
      else others.push(g);
    }
    // Post-order, so a host's or a cluster's rules, which add up what runs on it, find those elements
    // still in the cache; the rules' lookups of the element's parent chain are answered from the path.
    // vNIC IPs are indexed as the walk meets them: the IP index is complete only after the walk, which
    // is when ip-unique (its subjects are the shared IPs, not a kind or relation) runs.
    const path: Element[] = [];
    const pathIds: string[] = [];
    let ips = 0;
    ix.reserveIps();
    ctx.followPath(path, pathIds);
    walkNesting(ix, roots, path, pathIds, (n) => {
      const g = byKind.get(n.kind);
      if (g) this.runGroup(g, ctx, n.id);
    }, (e) => {
      if (e.relation === 'attachedTo') {
        ix.addIp(e);
        ips++;
      }
      const g = byRelation.get(e.relation);
      if (g) {
        ctx.seenEdge(e);
        this.runGroup(g, ctx, e.id);
      }
    });
    ctx.followPath([], []);
    // vNICs of elements the walk did not reach (a damaged file only) still hold their IPs.
    if (ips !== ix.ofRelation('attachedTo').size) ix.reindexIps(t);
    // Elements in a parent cycle, or connections from a missing element, were not reached: check those
    // groups again the plain way (a damaged file only). Checking a subject twice gives the same verdict.
    for (const g of [...byKind.values(), ...byRelation.values()]) if (g.runs !== (g.subjects as IdCollection<string>).size) others.push(g);
    for (const g of others) for (const s of g.subjects) this.runGroup(g, ctx, s);
    this.cached = null;
    return this.findings();
  }

  /** Checks one subject with each rule of a group: `run` inlined, as this runs ~200,000 times a full pass. */
  private runGroup(g: Group, ctx: ValidationContext, subject: string): void {
    const { rules, checks, into } = g;
    const cur = this.cur;
    const report = this.report;
    cur.subject = subject;
    for (let i = 0; i < rules.length; i++) {
      cur.rule = rules[i]!;
      cur.list = undefined;
      try {
        checks[i]!.call(rules[i], ctx, subject, report);
      } catch (e) {
        this.failed(ctx, e);
      }
      if (cur.list) {
        into[i]!.set(subject, cur.list);
        this.cached = null;
      }
    }
    g.runs++;
  }

  /**
   * Brings the findings up to date with `design`, the result of the edit that produced `events`.
   * With no events (undo, redo, replace) the changed ids are found by comparing the two designs.
   */
  update(design: Design, events: readonly DomainEvent[] = []): Finding[] {
    const prev = this.design;
    if (!prev) return this.full(design);
    const before = prev.topology;
    const after = design.topology;
    this.design = design;
    if (before === after) return this.findings();
    if (before.settings !== after.settings) return this.full(design);
    const keys = events.length ? changedKeys(events) : new Map([...changedIds(before, after)].map((id) => [id, null]));
    if (keys.size > FULL_PASS_ABOVE) return this.full(design);
    const changed = [...keys.keys()].filter((id) => before.nodes.get(id as NodeId) !== after.nodes.get(id as NodeId) || before.edges.get(id as EdgeId) !== after.edges.get(id as EdgeId));
    const work = new Map<Rule, Set<string>>(this.rules.map((r) => [r, new Set<string>()]));
    const collect = (ctx: ValidationContext) => {
      for (const id of changed) {
        const k = keys.get(id) ?? undefined;
        for (const [rule, set] of work) rule.affects(ctx, id, (s) => set.add(s), k);
      }
    };
    collect(this.context(before));
    this.patchIndex(before, after, changed);
    const ctx = this.context(after);
    collect(ctx);
    if (before.nextSeq !== after.nextSeq) {
      for (const [rule, set] of work) if (rule.fixUsesNextSeq) for (const s of this.flagged(rule.id).keys()) set.add(s);
    }
    for (const [rule, set] of work) {
      if (set.size === 0) continue;
      const m = this.store.get(rule.id)!;
      for (const s of set) {
        if (m.delete(s)) this.cached = null;
        this.run(rule, ctx, s, m);
      }
    }
    return this.findings();
  }

  /** The current findings: errors, then warnings, then infos; within each, catalogue order then subject. */
  findings(): Finding[] {
    if (this.cached) return this.cached;
    const out: Finding[] = [];
    for (const rule of this.rules) {
      const m = this.store.get(rule.id);
      if (!m || m.size === 0) continue;
      for (const s of [...m.keys()].sort(compareStrings)) out.push(...m.get(s)!);
    }
    // Stable sort keeps catalogue and subject order inside each severity.
    out.sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
    this.cached = out;
    return out;
  }

  /** The capacity ledger of a host, cluster or pool in the current design. */
  ledger(id: NodeId): Result<Ledger> {
    if (!this.design) return { ok: false, error: { code: 'no-design', message: 'Nothing has been validated yet.' } };
    return ledgerOf(this.context(this.design.topology), id);
  }

  /** Migration pre-flight in the current design. */
  preflight(vm: NodeId, destination: NodeId): Result<PreflightResult> {
    if (!this.design) return { ok: false, error: { code: 'no-design', message: 'Nothing has been validated yet.' } };
    return preflight(this.context(this.design.topology), vm, destination);
  }

  private context(t: Topology): ValidationContext {
    return new ValidationContext(t, this.ix, (ruleId) => this.flagged(ruleId));
  }

  private flagged(ruleId: string): Flagged {
    return this.store.get(ruleId) ?? NO_FLAGS;
  }

  private patchIndex(before: Topology, after: Topology, ids: readonly string[]): void {
    for (const id of ids) {
      const oldNode = before.nodes.get(id as NodeId);
      const newNode = after.nodes.get(id as NodeId);
      if (oldNode) this.ix.removeNode(oldNode);
      if (newNode) this.ix.addNode(newNode);
      const oldEdge = before.edges.get(id as EdgeId);
      const newEdge = after.edges.get(id as EdgeId);
      if (oldEdge) this.ix.removeEdge(oldEdge);
      if (newEdge) this.ix.addEdge(newEdge);
    }
  }

  // One reporter for the whole validator: a closure per check would cost an allocation (and, under
  // esbuild's keepNames, a defineProperty) for each of the ~200,000 checks of a large design.
  private cur: { rule: Rule; subject: string; list: Finding[] | undefined } = { rule: undefined as never, subject: '', list: undefined };
  private readonly report = (d: FindingDraft): void => {
    const { rule, subject } = this.cur;
    const list = (this.cur.list ??= []);
    const f: Finding = {
      ruleId: rule.id,
      severity: d.severity ?? rule.severity,
      message: d.message,
      explanation: rule.explanation,
      targets: d.targets,
      fixes: d.fixes ?? [],
      key: `${rule.id}|${subject}|${list.length}`,
    };
    if (d.assumptions) f.assumptions = d.assumptions;
    list.push(f);
  };

  /** Replaces what the current check reported with a warning that it failed. */
  private failed(ctx: ValidationContext, e: unknown): void {
    // A damaged element (say, an unknown enum value from a hand-edited file) must not stop validation.
    const { rule, subject } = this.cur;
    this.cur.list = undefined;
    const target = ctx.node(subject) || ctx.edge(subject) ? [subject as NodeId] : [];
    this.report({ severity: 'warning', message: `Rule "${rule.title}" could not check ${subject}: ${(e as Error).message}`, targets: target });
  }

  private run(rule: Rule, ctx: ValidationContext, subject: string, into: Map<string, Finding[]>): void {
    const cur = this.cur;
    cur.rule = rule;
    cur.subject = subject;
    cur.list = undefined;
    try {
      rule.check(ctx, subject, this.report);
    } catch (e) {
      this.failed(ctx, e);
    }
    if (cur.list) {
      into.set(subject, cur.list);
      this.cached = null;
    }
  }
}
