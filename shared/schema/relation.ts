import { z } from 'zod';
import type { RelationKind } from '../model';
import { address, edgeIdSchema, MAX_GIB, MAX_MBPS, mtu, nodeIdSchema, num, vlanTag } from './kinds/common';

export const RELATION_KINDS = ['uplinksTo', 'storagePath', 'attachedTo', 'backedBy', 'manages', 'balances', 'memberOf'] as const satisfies readonly RelationKind[];
export const relationKindSchema = z.enum(RELATION_KINDS);

const noProps = () => z.record(z.string(), z.never());

/** The props object of each relation kind. */
export const RELATION_PROPS_SCHEMAS = {
  uplinksTo: z.strictObject({ mode: z.enum(['trunk', 'access']), vlans: z.array(vlanTag()).max(4096), speedMbps: num(0, MAX_MBPS), mtu: mtu() }),
  storagePath: z.strictObject({ protocol: z.enum(['fc', 'iscsi', 'nfs', 'smb', 's3', 'local']) }),
  attachedTo: z.strictObject({ ip: address(), mac: address() }),
  backedBy: z.strictObject({ sizeGiB: num(0, MAX_GIB), writtenGiB: num(0, MAX_GIB), provisioning: z.enum(['thin', 'thick']) }),
  manages: noProps(),
  balances: noProps(),
  memberOf: noProps(),
} as const satisfies Record<RelationKind, z.ZodType>;

function relationOf<R extends RelationKind>(relation: R) {
  return z.strictObject({
    id: edgeIdSchema,
    relation: z.literal(relation),
    source: nodeIdSchema,
    target: nodeIdSchema,
    props: RELATION_PROPS_SCHEMAS[relation] as (typeof RELATION_PROPS_SCHEMAS)[R],
  });
}

/** The strict schema of each relation kind. */
export const RELATION_SCHEMAS = {
  uplinksTo: relationOf('uplinksTo'),
  storagePath: relationOf('storagePath'),
  attachedTo: relationOf('attachedTo'),
  backedBy: relationOf('backedBy'),
  manages: relationOf('manages'),
  balances: relationOf('balances'),
  memberOf: relationOf('memberOf'),
} as const satisfies Record<RelationKind, z.ZodType>;

/** Any connection, discriminated by `relation`. */
export const relationSchema = z.discriminatedUnion('relation', [
  RELATION_SCHEMAS.uplinksTo, RELATION_SCHEMAS.storagePath, RELATION_SCHEMAS.attachedTo, RELATION_SCHEMAS.backedBy,
  RELATION_SCHEMAS.manages, RELATION_SCHEMAS.balances, RELATION_SCHEMAS.memberOf,
]);

