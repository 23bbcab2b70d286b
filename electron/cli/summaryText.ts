import type { RelationKind } from '../../shared/model';
import { countOf, type DesignSummary } from '../../shared/diagram/summary';
import type { Kind } from '../../shared/model';

const RELATION_NOUN: Record<RelationKind, [string, string]> = {
  uplinksTo: ['uplink', 'uplinks'], storagePath: ['storage path', 'storage paths'], attachedTo: ['network attachment', 'network attachments'],
  backedBy: ['virtual disk', 'virtual disks'], manages: ['management link', 'management links'], balances: ['load-balancing link', 'load-balancing links'],
  memberOf: ['desktop membership', 'desktop memberships'],
};

/** The design's counts as indented lines for the terminal. */
export function summaryLines(s: DesignSummary): string[] {
  const kinds = (Object.entries(s.byKind) as [Kind, number][]).map(([k, n]) => countOf(k, n)).join(', ');
  const relations = (Object.entries(s.byRelation) as [RelationKind, number][]).map(([r, n]) => `${n} ${RELATION_NOUN[r][n === 1 ? 0 : 1]}`).join(', ');
  return [
    `  ${s.elements} element${s.elements === 1 ? '' : 's'}${kinds ? `: ${kinds}` : ''}`,
    `  ${s.connections} connection${s.connections === 1 ? '' : 's'}${relations ? `: ${relations}` : ''}`,
    `  Hosts ${s.hosts} · hypervisors ${s.hypervisors} · VMs ${s.vms} · networks ${s.networks} · scenarios ${s.scenarios}`,
  ];
}
