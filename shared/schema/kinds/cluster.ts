import { z } from 'zod';
import { elementBase, int, label, PERCENT } from './common';

/** Hosts acting as one, with HA and DRS. */
export const clusterSchema = z.strictObject({
  ...elementBase('cluster'),
  ha: z.strictObject({
    enabled: z.boolean(),
    admission: z.enum(['host-failures', 'percentage', 'none']),
    hostFailuresToTolerate: int(0, 64),
    percentReserved: PERCENT(),
  }),
  drs: z.enum(['off', 'manual', 'partial', 'full']),
  evcBaseline: label().nullable(),
});
