import type { RelationKind } from '../../../shared/model';
import { opts, type Field } from './fieldTypes';

/** The properties of each relation, as inspector fields (a relation without properties has none). */
export const EDGE_FORMS: Record<RelationKind, readonly Field[]> = {
  uplinksTo: [
    { type: 'select', key: 'mode', label: 'Port mode', options: opts(['trunk', 'Trunk (802.1Q tagged)'], ['access', 'Access (one untagged VLAN)']) },
    { type: 'vlans', key: 'vlans', label: 'VLANs carried', help: 'e.g. 10, 20-25' },
    { type: 'number', key: 'speedMbps', label: 'Link speed', unit: 'Mbit/s', min: 10, max: 800_000 },
    { type: 'number', key: 'mtu', label: 'MTU', unit: 'bytes', integer: true, min: 68, max: 9216 },
  ],
  storagePath: [{ type: 'select', key: 'protocol', label: 'Protocol', options: opts(['fc', 'Fibre Channel (block)'], ['iscsi', 'iSCSI (block)'], ['nfs', 'NFS (file)'], ['smb', 'SMB (file)'], ['s3', 'S3 (object)'], ['local', 'Local']) }],
  attachedTo: [
    { type: 'text', key: 'ip', label: 'IP address', format: 'ipv4', placeholder: '10.0.10.21' },
    { type: 'text', key: 'mac', label: 'MAC address', format: 'mac', placeholder: '52:54:00:12:34:56' },
  ],
  backedBy: [
    { type: 'number', key: 'sizeGiB', label: 'Disk size', unit: 'GiB', min: 1, max: 1_048_576 },
    { type: 'number', key: 'writtenGiB', label: 'Written', unit: 'GiB', min: 0, max: 1_048_576, help: 'Data actually written: what a thin disk consumes in its pool.' },
    { type: 'select', key: 'provisioning', label: 'Provisioning', options: opts(['thin', 'Thin (allocated on write)'], ['thick', 'Thick (allocated up front)']) },
  ],
  manages: [],
  balances: [],
  memberOf: [],
};
