import type { NodeId, Topology } from '../../model';
import { fail, ok, type Result } from '../result';
import { ValidationContext } from '../validation/context';
import { TopologyIndex } from '../validation/topologyIndex';
import { checkCapacity } from './capacityChecks';
import { checkCpu } from './cpuChecks';
import { checkHypervisor } from './hypervisorChecks';
import { checkNetwork } from './networkChecks';
import type { Facts, Plan, Push } from './plan';
import { checkStorage } from './storageChecks';
import { PREFLIGHT_CATEGORIES, type PreflightCategory, type PreflightGroup, type PreflightResult } from './types';

const LIVE_STATES = new Set(['running', 'booting', 'migrating', 'snapshotting']);

/**
 * Migration pre-flight: can VM `vmId` move to `destinationId` (a host or a hypervisor)? Returns errors,
 * warnings and infos grouped by category (hypervisor, cpu, storage, network, capacity).
 */
export function preflight(design: Topology | ValidationContext, vmId: NodeId, destinationId: NodeId): Result<PreflightResult> {
  const ctx = design instanceof ValidationContext ? design : new ValidationContext(design, TopologyIndex.of(design));
  const vm = ctx.nodeOf(vmId, 'vm');
  if (!vm) return fail('not-a-vm', `"${vmId}" is not a VM.`);
  const srcHv = ctx.nodeOf(vm.parentId, 'hypervisor');
  if (!srcHv) return fail('vm-not-placed', `VM "${vm.name}" runs on no hypervisor, so it has nowhere to migrate from.`);
  const dest = ctx.node(destinationId);
  if (!dest || (dest.kind !== 'host' && dest.kind !== 'hypervisor')) return fail('bad-destination', `The destination must be a host or a hypervisor; "${destinationId}" is ${dest ? `a ${dest.kind}` : 'unknown'}.`);
  const dstHost = ctx.hostOf(dest.id);
  if (!dstHost) return fail('bad-destination', `Hypervisor "${dest.name}" runs on no host.`);
  const candidates = dest.kind === 'hypervisor' ? [dest] : ctx.hypervisorsOnHost(dest.id);
  const dstHv = candidates.find((h) => h.family === srcHv.family) ?? candidates[0];
  const plan: Plan = { ctx, vm, srcHv, srcHost: ctx.hostOf(srcHv.id), dstHv, dstHost, running: LIVE_STATES.has(vm.state) };
  const groups = Object.fromEntries(PREFLIGHT_CATEGORIES.map((c) => [c, { errors: [], warnings: [], infos: [] }])) as unknown as Record<PreflightCategory, PreflightGroup>;
  const push: Push = (category, severity, message, targets = []) => {
    const g = groups[category];
    (severity === 'error' ? g.errors : severity === 'warning' ? g.warnings : g.infos).push({ category, severity, message, targets });
  };
  const facts: Facts = { conversion: false, storage: { needed: false, disks: [], copyGiB: 0 }, network: { migrationVlan: null, bandwidthMbps: 0, memoryPassSeconds: 0 } };
  checkHypervisor(plan, push, facts);
  checkCpu(plan, push);
  checkStorage(plan, push, facts);
  checkNetwork(plan, push, facts);
  checkCapacity(plan, push);
  const okay = PREFLIGHT_CATEGORIES.every((c) => groups[c].errors.length === 0);
  return ok({
    vm: vm.id,
    source: { hypervisor: srcHv.id, host: plan.srcHost?.id ?? null },
    destination: { hypervisor: dstHv?.id ?? null, host: dstHost.id },
    ok: okay,
    live: okay && plan.running && !facts.conversion,
    conversion: facts.conversion,
    storageMigration: facts.storage,
    network: facts.network,
    groups,
  });
}
