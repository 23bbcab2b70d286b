import { z } from 'zod';
import { address, elementBase, int } from './common';

/** A virtual IP fronting a pool of servers. */
export const loadBalancerSchema = z.strictObject({
  ...elementBase('loadBalancer'),
  vip: address(),
  port: int(0, 65535),
  algorithm: z.enum(['round-robin', 'least-connections', 'ip-hash']),
});
