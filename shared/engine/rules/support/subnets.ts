import type { Vlan } from '../../../model';
import { defineMemo, type ValidationContext } from '../../validation/context';
import { parseCidr, type Cidr } from './ipv4';

/** The VLAN's parsed subnet (memoised per pass), or null when it is not valid CIDR. */
export function subnetOf(ctx: ValidationContext, vlan: Vlan): Cidr | null {
  return ctx.memo(SUBNET, vlan.id);
}

function computeSubnet(ctx: ValidationContext, id: string): Cidr | null {
  return parseCidr(ctx.nodeOf(id, 'vlan')!.subnet);
}

const SUBNET = defineMemo('subnet', computeSubnet);
