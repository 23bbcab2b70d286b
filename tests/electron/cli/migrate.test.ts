import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main';

async function virtlab(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
  return { code, stdout, stderr };
}

const worked = ['migrate', '--memory-mib', '1024', '--dirty-rate-mib-s', '20', '--bandwidth-mib-s', '100', '--threshold-mib', '30'];

describe('virtlab migrate', () => {
  it('prints the worked example: 12.78 s, 81.92 ms, 3 rounds, 1277.952 MiB, then one row per round', async () => {
    const r = await virtlab(...worked);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Total time {6}12\.780 s/);
    expect(r.stdout).toContain('Downtime        81.920 ms');
    expect(r.stdout).toContain('Rounds          3 live + stop-and-copy');
    expect(r.stdout).toContain('Data sent       1277.952 MiB');
    expect(r.stdout).toMatch(/Why it stopped {2}threshold-reached: After 3 live round\(s\)/);
    const rows = r.stdout.split('\n').filter((l) => /^\d+\s+(live|stop-and-copy)/.test(l));
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatch(/^1\s+live\s+10\.240\s+2\.048\s+204\.800\s+40\.960/);
  });

  it('--json gives the figures and the per-round telemetry', async () => {
    const r = await virtlab(...worked, '--json', '--resume-ms', '20');
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j).slice(0, 6)).toEqual(['totalTimeS', 'downtimeMs', 'rounds', 'transferredMiB', 'converged', 'stopReason']);
    expect(j.totalTimeS).toBeCloseTo(12.79952, 9);
    expect(j.downtimeMs).toBeCloseTo(101.92, 9);
    expect(j.rounds).toBe(3);
    expect(j.transferredMiB).toBeCloseTo(1277.952, 9);
    expect(j.converged).toBe(true);
    expect(j.perRound).toHaveLength(4);
    expect(j.perRound[0]).toMatchObject({ 'dirty-sync-count': 2, transferred: 1073741824 });
  });

  it('runs every mode and policy, and exits 1 when the migration does not complete', async () => {
    for (const extra of [['--policy', 'xen-legacy'], ['--policy', 'xen-v2'], ['--policy', 'qemu', '--auto-converge'], ['--mode', 'postcopy'], ['--mode', 'hybrid'], ['--mode', 'cold'], ['--page-level', '--seed', '3']]) {
      const r = await virtlab('migrate', '--memory-mib', '512', '--dirty-rate-mib-s', '10', '--bandwidth-mib-s', '100', ...extra, '--json');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).completed).toBe(true);
    }
    const stuck = await virtlab('migrate', '--memory-mib', '1024', '--dirty-rate-mib-s', '150', '--wws-mib', '512', '--bandwidth-mib-s', '100', '--policy', 'qemu');
    expect(stuck.code).toBe(1);
    expect(stuck.stdout).toMatch(/timeout-aborted/);
  });

  it('bad usage exits 2 and says what is wrong', async () => {
    const cases: [string[], RegExp][] = [
      [['migrate', '--memory-mib', '1024', '--bandwidth-mib-s', '100'], /missing --dirty-rate-mib-s/],
      [['migrate', '--memory-mib', 'lots', '--dirty-rate-mib-s', '1', '--bandwidth-mib-s', '100'], /--memory-mib must be a number; got "lots"/],
      [['migrate', '--memory-mib', '1024', '--dirty-rate-mib-s', '1', '--bandwidth-mib-s', '0'], /--bandwidth-mib-s: bandwidthMiBs must be a positive number/],
      [[...worked, '--mode', 'teleport'], /--mode must be one of precopy, postcopy, hybrid, cold; got "teleport"/],
      [[...worked, '--max-rounds', '2.5'], /--max-rounds must be a whole number/],
      [[...worked, '--auto-converge'], /--auto-converge applies to the qemu policy/],
      [[...worked, '--warp'], /Unknown option '--warp'/],
      [[...worked, 'extra'], /takes no positional argument/],
    ];
    for (const [argv, message] of cases) {
      const r = await virtlab(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain('Usage: virtlab migrate');
    }
  });
});
