import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../shared/engine/rules/registry';

const TESTS = __dirname;
const RULES_DIR = join(__dirname, '../../../shared/engine/rules');
const camel = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Rule ids that a test file exercises through ruleCases('<id>', …). */
export function testedRuleIds(dir = TESTS): Set<string> {
  const ids = new Set<string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.test.ts'))) {
    for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/ruleCases\(\s*'([a-z0-9-]+)'/g)) ids.add(m[1]!);
  }
  return ids;
}

describe('rule registry', () => {
  it('has at least 35 rules with unique kebab-case ids', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(35);
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('keeps one file per rule, named after its id', () => {
    for (const r of RULES) {
      const file = join(RULES_DIR, `${camel(r.id)}.ts`);
      expect(existsSync(file), `${r.id} lives in ${camel(r.id)}.ts`).toBe(true);
      expect(readFileSync(file, 'utf8')).toContain(`'${r.id}'`);
    }
  });

  it('fails when a registered rule has no test', () => {
    const tested = testedRuleIds();
    const missing = RULES.map((r) => r.id).filter((id) => !tested.has(id));
    expect(missing, `rules without ruleCases(...) in tests/shared/rules: ${missing.join(', ')}`).toEqual([]);
  });

  it('the coverage check itself notices a missing test', () => {
    const tested = testedRuleIds();
    expect(tested.has('no-such-rule')).toBe(false);
    expect(tested.has(RULES[0]!.id)).toBe(true);
  });

  it('each rule teaches: an explanation of several sentences and a title', () => {
    for (const r of RULES) {
      expect(r.title.length, r.id).toBeGreaterThan(10);
      expect(r.explanation.split('. ').length, r.id).toBeGreaterThanOrEqual(2);
    }
  });
});
