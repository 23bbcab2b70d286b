import { z } from 'zod';
import { elementBase, int, label, MAX_MIB, num, PERCENT } from './common';
import { kernelFamilySchema } from './hostOs';

export const vmStateSchema = z.enum(['provisioning', 'booting', 'running', 'suspended', 'migrating', 'snapshotting', 'stopped', 'terminated']);
export const guestModeSchema = z.enum(['hvm', 'pv', 'pvh']);
export const guestOsSchema = z.strictObject({ osName: label(), kernel: kernelFamilySchema, pvCapable: z.boolean() });

/** CPU load and memory dirtying; a PlanetLab day is 288 samples, a long trace is capped at 100k. */
export const workloadSchema = z.strictObject({
  cpuPercent: PERCENT(),
  dirtyRateMiBs: num(0, 1_000_000),
  wwsMiB: num(0, MAX_MIB),
  trace: z.array(PERCENT()).max(100_000).optional(),
});

/** A virtual machine (a DomU on Xen). */
export const vmSchema = z.strictObject({
  ...elementBase('vm'),
  vcpus: int(1, 4096),
  ramMiB: int(1, MAX_MIB),
  guestOs: guestOsSchema,
  mode: guestModeSchema,
  workload: workloadSchema,
  state: vmStateSchema,
  haPriority: z.enum(['high', 'medium', 'low', 'disabled']),
  nestedVirtualization: z.boolean(),
});
