import type { Result } from '../../result';
import { MigrationRun } from './migrationRun';
import { resolveParams, type MigrationParams } from './params';
import type { MigrationResult } from './telemetry';

/** One migration alone on its link, at a constant rate R (the analytic or page-level model). */
export function simulateMigration(params: MigrationParams): Result<MigrationResult> {
  const resolved = resolveParams(params);
  if (!resolved.ok) return resolved;
  const run = new MigrationRun(resolved.value);
  const link = resolved.value.bandwidthMiBs;
  for (let seg = run.next(); seg; seg = run.next()) {
    run.complete(seg.wireMiB / Math.min(link, seg.capMiBs));
  }
  return { ok: true, value: run.result() };
}
