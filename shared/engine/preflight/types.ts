import type { EdgeId, NodeId } from '../../model';

export type PreflightCategory = 'hypervisor' | 'cpu' | 'storage' | 'network' | 'capacity';
export const PREFLIGHT_CATEGORIES: readonly PreflightCategory[] = ['hypervisor', 'cpu', 'storage', 'network', 'capacity'];

/** One pre-flight verdict, in words, with the elements it concerns. */
export interface PreflightIssue { category: PreflightCategory; severity: 'error' | 'warning' | 'info'; message: string; targets: (NodeId | EdgeId)[] }

export interface PreflightGroup { errors: PreflightIssue[]; warnings: PreflightIssue[]; infos: PreflightIssue[] }

/** Can this VM move to that host or hypervisor, and what would it take? */
export interface PreflightResult {
  vm: NodeId;
  source: { hypervisor: NodeId; host: NodeId | null };
  destination: { hypervisor: NodeId | null; host: NodeId };
  /** No errors: the migration can be started. */
  ok: boolean;
  /** It can run live (no error, no conversion, VM running): otherwise only cold. */
  live: boolean;
  /** Different hypervisor families: a conversion (V2V), not a migration. */
  conversion: boolean;
  storageMigration: { needed: boolean; disks: EdgeId[]; copyGiB: number };
  network: { migrationVlan: NodeId | null; bandwidthMbps: number; memoryPassSeconds: number };
  groups: Record<PreflightCategory, PreflightGroup>;
}
