import { z } from 'zod';
import { elementBase, int, label, MAX_GIB, MAX_MBPS, mtu, num } from './common';

export const cpuVendorSchema = z.enum(['intel', 'amd', 'arm']);
export const cpuFeatureSchema = z.enum(['vt-x', 'amd-v', 'ept', 'npt', 'vt-d', 'amd-vi', 'nested', 'aes-ni', 'avx2', 'avx512']);

export const localDiskSchema = z.strictObject({ sizeGiB: num(0, MAX_GIB), media: z.enum(['hdd', 'ssd', 'nvme']) });
export const nicSchema = z.strictObject({ speedMbps: num(1, MAX_MBPS), count: int(1, 64), mtu: mtu() });

const watts = () => num(0, 100_000);
/** Linear or an 11-point SPECpower table (0, 10, …, 100 % load). */
export const powerModelSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('linear'), idleW: watts(), maxW: watts() }),
  z.strictObject({ type: z.literal('table'), label: label().optional(), pointsW: z.array(watts()).length(11) }),
]);

/** A physical server. */
export const hostSchema = z.strictObject({
  ...elementBase('host'),
  sockets: int(1, 64),
  coresPerSocket: int(1, 1024),
  threadsPerCore: int(1, 8),
  cpuModel: label(),
  cpuVendor: cpuVendorSchema,
  cpuFeatures: z.array(cpuFeatureSchema).max(32),
  mipsPerCore: num(0, 10_000_000),
  ramGiB: num(0, 1024 * 1024),
  localDisks: z.array(localDiskSchema).max(256),
  nics: z.array(nicSchema).max(64),
  power: powerModelSchema,
  powerState: z.enum(['on', 'off']),
  rack: label(),
});
