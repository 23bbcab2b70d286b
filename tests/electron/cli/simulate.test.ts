import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main';
import { serializeProject } from '../../../shared/schema/project';
import { DesignBuilder } from '../../shared/sim/designBuilder';

async function virtlab(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
  return { code, stdout, stderr };
}

let dir: string;
let project: string;
let empty: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'virtlab-simulate-'));
  const b = new DesignBuilder();
  const sw = b.add('physicalSwitch', { name: 'tor' });
  const a = b.host({ name: 'esx-a' });
  const c = b.host({ name: 'esx-b' });
  const upA = b.uplink(a.host, sw);
  b.uplink(c.host, sw);
  const web = b.vm(a.hv, { name: 'web' });
  const db = b.vm(a.hv, { name: 'db' });
  const design = b.build([
    { name: 'evacuate', seed: 1, durationS: 0, actions: [
      { at: 0, type: 'migrate', vm: web, to: c.host, mode: 'precopy', policy: 'threshold' },
      { at: 0, type: 'lifecycle', vm: db, action: 'suspend' },
      { at: 1, type: 'migrate', vm: db, to: c.host, mode: 'precopy' },
    ] },
    { name: 'cut', seed: 1, durationS: 0, actions: [
      { at: 0, type: 'migrate', vm: web, to: c.host, mode: 'postcopy' },
      { at: 2, type: 'cutLink', link: upA },
    ] },
  ]);
  project = join(dir, 'lab.virtlab.json');
  writeFileSync(project, serializeProject(design));
  empty = join(dir, 'empty.virtlab.json');
  writeFileSync(empty, serializeProject({ ...design, scenarios: [] }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('virtlab simulate', () => {
  it('prints the timeline and each VM and migration outcome with reasons', async () => {
    const r = await virtlab('simulate', project);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Timeline of "evacuate" (seed 1):');
    expect(r.stdout).toMatch(/REFUSED migrate \(db \[vm-\d+\]\): db: cannot live-migrate a suspended VM/);
    expect(r.stdout).toMatch(/mig-1: web \[vm-\d+\] arrived on esx-b/);
    expect(r.stdout).toMatch(/VMs:\n {2}web is running on esx-b \(migrated from esx-a\)\.\n {2}db is suspended on esx-a/);
    expect(r.stdout).toMatch(/Migrations:\n {2}mig-1 .*: completed — \d+\.\d{3} s, downtime/);
  });

  it('--scenario picks a scenario; a post-copy link cut loses the VM and says so', async () => {
    const r = await virtlab('simulate', project, '--scenario', 'cut');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/VM LOST/);
    expect(r.stdout).toMatch(/LOST web is lost/);
  });

  it('--json gives the report and the timeline; the same seed gives the same timeline', async () => {
    const a = JSON.parse((await virtlab('simulate', project, '--json', '--seed', '5')).stdout);
    const b = JSON.parse((await virtlab('simulate', project, '--json', '--seed', '5')).stdout);
    expect(a.seed).toBe(5);
    expect(a.report.migrations[0].status).toBe('completed');
    expect(a.timeline[0]).toMatchObject({ type: 'sim-started', seq: 0, t: 0 });
    expect(JSON.stringify(a.timeline)).toBe(JSON.stringify(b.timeline));
  });

  it('bad usage exits 2; a project without scenarios exits 1', async () => {
    const unknown = await virtlab('simulate', project, '--scenario', 'nope');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/No scenario named "nope"; this design has: "evacuate", "cut"/);
    const seed = await virtlab('simulate', project, '--seed', 'x');
    expect(seed.code).toBe(2);
    expect(seed.stderr).toMatch(/--seed must be a number/);
    expect((await virtlab('simulate')).code).toBe(2);
    expect((await virtlab('simulate', join(dir, 'missing.json'))).code).toBe(2);
    const none = await virtlab('simulate', empty);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/has no scenarios/);
  });
});
