import { fail, ok, type Result } from '../../result';

/** Samples per PlanetLab trace file: one day at 5-minute intervals. */
export const PLANETLAB_SAMPLES = 288;
/** Seconds between two samples (and CloudSim's scheduling interval). */
export const PLANETLAB_INTERVAL_S = 300;

/**
 * Parses one PlanetLab trace (CloudSim's format): one CPU utilization in percent per line, 288
 * lines for a day. Blank lines are ignored; anything else that is not a number from 0 to 100 is an
 * error naming the line. Returns utilizations in percent.
 */
export function parsePlanetLabTrace(text: string, name = 'trace'): Result<number[]> {
  const out: number[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const v = Number(line);
    if (!Number.isFinite(v) || v < 0 || v > 100) return fail('bad-trace', `${name}, line ${i + 1}: "${line.slice(0, 40)}" is not a CPU utilization from 0 to 100 %.`);
    out.push(v);
  }
  if (out.length === 0) return fail('bad-trace', `${name} holds no samples.`);
  return ok(out);
}
