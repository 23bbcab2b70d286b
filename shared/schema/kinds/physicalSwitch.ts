import { z } from 'zod';
import { elementBase, int, MAX_MBPS, mtu, num, vlanTag } from './common';

/** A physical switch or router. */
export const physicalSwitchSchema = z.strictObject({
  ...elementBase('physicalSwitch'),
  ports: int(0, 100_000),
  speedMbps: num(0, MAX_MBPS),
  trunkVlans: z.array(vlanTag()).max(4096),
  mtu: mtu(),
  router: z.boolean(),
});
