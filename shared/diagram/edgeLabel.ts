import type { Relation } from '../model';

const PROTOCOL: Record<string, string> = { fc: 'FC', iscsi: 'iSCSI', nfs: 'NFS', smb: 'SMB', s3: 'S3', local: 'local' };

/** A short label for a connection (trunk VLANs, IP, disk size), or '' when there is nothing to say. */
export function edgeLabel(r: Relation): string {
  switch (r.relation) {
    case 'uplinksTo': {
      const vlans = Array.isArray(r.props.vlans) ? r.props.vlans : [];
      if (r.props.mode === 'access') return vlans.length ? `access ${vlans[0]}` : 'access';
      return vlans.length ? `trunk ${vlans.join(',')}` : '';
    }
    case 'attachedTo': return r.props.ip ?? '';
    case 'backedBy': return `${r.props.sizeGiB} GiB ${r.props.provisioning}`;
    case 'storagePath': return PROTOCOL[r.props.protocol] ?? String(r.props.protocol ?? '');
    default: return '';
  }
}
