import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/engine/commands/apply';
import { RULES_BY_ID } from '../../../shared/engine/rules/registry';
import type { Finding } from '../../../shared/engine/rules/types';
import { validateDesign } from '../../../shared/engine/validation/validate';
import type { EdgeId, NodeId } from '../../../shared/model';
import { TopologyBuilder } from '../builders/topologyBuilder';

export interface CaseOutcome {
  /** Extra assertions on the rule's findings. */
  check?: (found: Finding[], lab: TopologyBuilder) => void;
  /** Set false when the first quick-fix deliberately does not clear the finding on its own. */
  fixResolves?: boolean;
}
export type Case = (lab: TopologyBuilder) => void | CaseOutcome;

/**
 * The test of one rule: each violating case must raise it (with valid targets, an explanation and quick-fixes
 * that the engine accepts and that clear the finding); each satisfying case must not. Every case also checks
 * that the incremental validator, which followed each step, agrees with a full validation.
 */
export function ruleCases(ruleId: string, cases: { violating: Record<string, Case>; satisfying: Record<string, Case> }): void {
  describe(`rule ${ruleId}`, () => {
    const rule = RULES_BY_ID.get(ruleId);
    it('is registered with an explanation', () => {
      expect(rule, `rule ${ruleId} is not in the registry`).toBeDefined();
      expect(rule!.explanation.length).toBeGreaterThan(120);
      expect(Object.keys(cases.violating).length).toBeGreaterThan(0);
      expect(Object.keys(cases.satisfying).length).toBeGreaterThan(0);
    });
    for (const [name, build] of Object.entries(cases.violating)) {
      it(`flags: ${name}`, () => {
        const lab = new TopologyBuilder();
        const outcome = build(lab) ?? {};
        const found = lab.findings(ruleId);
        expect(found.length, `expected ${ruleId} to fire`).toBeGreaterThan(0);
        const t = lab.design.topology;
        for (const f of found) {
          expect(f.explanation).toBe(rule!.explanation);
          expect(f.message.length).toBeGreaterThan(10);
          expect(f.targets.length).toBeGreaterThan(0);
          for (const id of f.targets) expect(t.nodes.has(id as NodeId) || t.edges.has(id as EdgeId), `target ${id} exists`).toBe(true);
          for (const fix of f.fixes) {
            const r = applyCommand(lab.design, fix.command);
            expect(r.ok, `fix "${fix.label}": ${r.ok ? '' : r.error.message}`).toBe(true);
          }
        }
        const first = found[0]!;
        if (first.fixes.length && outcome.fixResolves !== false) {
          const r = applyCommand(lab.design, first.fixes[0]!.command);
          const after = r.ok ? validateDesign(r.value.design).filter((f) => f.ruleId === ruleId) : [];
          expect(after.map((f) => f.message), `fix "${first.fixes[0]!.label}" clears the finding`).not.toContain(first.message);
        }
        outcome.check?.(found, lab);
        expect(lab.live.findings()).toEqual(lab.findings());
      });
    }
    for (const [name, build] of Object.entries(cases.satisfying)) {
      it(`accepts: ${name}`, () => {
        const lab = new TopologyBuilder();
        const outcome = build(lab) ?? {};
        expect(lab.findings(ruleId).map((f) => f.message)).toEqual([]);
        outcome.check?.([], lab);
        expect(lab.live.findings()).toEqual(lab.findings());
      });
    }
  });
}
