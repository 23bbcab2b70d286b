import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main';

async function virtlab(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
  return { code, stdout, stderr };
}

const traces = join(__dirname, '../../fixtures/traces');
const day = join(traces, 'day12');

describe('virtlab consolidate', () => {
  it('runs a day of traces and prints energy, migrations, SLATAH, PDM, SLAV and host shutdowns', async () => {
    const r = await virtlab('consolidate', '--trace', day, '--hosts', '12');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Dynamic consolidation LR-MMT \(safety 1\.2\): 12 VM\(s\) on 12 host\(s\), 24\.0 h/);
    for (const label of ['Energy', 'VM migrations', 'SLATAH', 'PDM', 'SLAV', 'Host shutdowns']) expect(r.stdout).toContain(label);
  });

  it('--json gives the metrics; policies and selections change the outcome', async () => {
    const lr = JSON.parse((await virtlab('consolidate', '--trace', day, '--hosts', '12', '--json')).stdout);
    expect(lr).toMatchObject({ traces: 12, hosts: 12, policy: 'lr', selection: 'mmt', safety: 1.2, simulatedS: 86400 });
    expect(lr.energyKWh).toBeGreaterThan(0);
    expect(lr.slav).toBeCloseTo(lr.slatah * lr.pdm, 15);
    const thr = JSON.parse((await virtlab('consolidate', '--trace', day, '--hosts', '12', '--policy', 'thr', '--safety', '0.6', '--selection', 'mu', '--json')).stdout);
    expect(thr).toMatchObject({ policy: 'thr', selection: 'mu', safety: 0.6 });
    expect(thr.migrations).not.toBe(lr.migrations);
  });

  it('bad usage or an unreadable folder exits 2; a malformed trace exits 1 naming the line', async () => {
    const cases: [string[], RegExp][] = [
      [['consolidate'], /missing --trace DIR/],
      [['consolidate', '--trace', join(traces, 'nowhere')], /no such folder/],
      [['consolidate', '--trace', join(day, 'vm-00')], /not a folder/],
      [['consolidate', '--trace', day, '--policy', 'fuzzy'], /--policy must be one of thr, mad, iqr, lr/],
      [['consolidate', '--trace', day, '--hosts', '0'], /--hosts must be at least 1/],
    ];
    for (const [argv, message] of cases) {
      const r = await virtlab(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    const bad = await virtlab('consolidate', '--trace', join(traces, 'malformed'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/vm-01, line 3: "high" is not a CPU utilization/);
  });
});
