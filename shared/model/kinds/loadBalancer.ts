import type { ElementBase } from './common';

/** Application server virtualization: one virtual IP fronting a pool of servers. */
export interface LoadBalancer extends ElementBase<'loadBalancer'> {
  vip: string;
  port: number;
  algorithm: 'round-robin' | 'least-connections' | 'ip-hash';
}
