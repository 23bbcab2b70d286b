import type { RelationKind, RelationPropsByKind } from '../../model';

/** Default properties of a new connection of each relation. */
export const RELATION_DEFAULTS: { [R in RelationKind]: RelationPropsByKind[R] } = {
  uplinksTo: { mode: 'trunk', vlans: [], speedMbps: 10000, mtu: 1500 },
  storagePath: { protocol: 'nfs' },
  attachedTo: { ip: '', mac: '' },
  backedBy: { sizeGiB: 40, writtenGiB: 10, provisioning: 'thin' },
  manages: {},
  balances: {},
  memberOf: {},
};
