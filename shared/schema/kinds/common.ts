import { z } from 'zod';
import type { EdgeId, Kind, NodeId } from '../../model';

/*
 * Building blocks of the strict schemas. Bounds are "absurd value" guards, not design rules:
 * a VLAN ID of 5000 is a finding for the rules engine, a RAM size of -3 or 1e400 is a damaged file.
 */

/** Longest id the engine accepts (the command schema uses the same bound). */
export const MAX_ID_LENGTH = 200;

/** "__proto__" is refused: assigning it as a key would replace an object's prototype. */
export const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID_LENGTH && v !== '__proto__';

/** An element id: 1–200 characters. */
export const nodeIdSchema = z.custom<NodeId>(isId, { message: `expected an id (1–${MAX_ID_LENGTH} characters)` });
/** A connection id: 1–200 characters. */
export const edgeIdSchema = z.custom<EdgeId>(isId, { message: `expected an id (1–${MAX_ID_LENGTH} characters)` });

/** A short label: names, versions, models. */
export const label = () => z.string().max(200);
/** An address-like string: IPs, CIDRs, MACs. Checked for meaning by the rules, not here. */
export const address = () => z.string().max(64);

/** A whole number within [min, max]. */
export const int = (min: number, max: number) => z.number().int().min(min).max(max);
/** A finite number within [min, max]. */
export const num = (min: number, max: number) => z.number().min(min).max(max);

export const PERCENT = () => num(0, 100);
/** 64 TiB expressed in MiB: more memory than any single machine has. */
export const MAX_MIB = 64 * 1024 * 1024;
/** 1 EiB in GiB: more storage than any pool has. */
export const MAX_GIB = 1024 * 1024 * 1024;
/** 10 Tbit/s: faster than any link. */
export const MAX_MBPS = 10_000_000;
/** An 802.1Q tag is 12 bits; 0 and 4095 are reserved, which the rules report. */
export const vlanTag = () => int(0, 4095);
/** Ethernet MTU: 68 (IPv4 minimum) up to 65535. */
export const mtu = () => int(68, 65535);

/** Fields every element has, with its kind as a literal. */
export function elementBase<K extends Kind>(kind: K) {
  return {
    id: nodeIdSchema,
    kind: z.literal(kind),
    name: label(),
    parentId: nodeIdSchema.nullable(),
    notes: z.string().max(100_000).optional(),
  };
}
