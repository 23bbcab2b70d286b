import { cpuModelById, hasHardwareVirtualization, type CpuFeature } from '../../model';
import { hostThreads } from '../validation/context';
import type { Plan, Push } from './plan';

/** CPU vendor and feature baseline (EVC), hardware assistance, enough threads. */
export function checkCpu(p: Plan, push: Push): void {
  const { vm, srcHost, dstHost, dstHv, ctx, running } = p;
  const live = running ? 'error' : 'info';
  if (srcHost && srcHost.cpuVendor !== dstHost.cpuVendor) {
    push('cpu', live, `CPU vendor changes (${srcHost.cpuVendor} → ${dstHost.cpuVendor}): a running guest cannot continue on another vendor's CPU${running ? '; shut it down and migrate cold' : '; a cold move boots it afresh'}.`, [srcHost.id, dstHost.id]);
  } else if (srcHost) {
    const cluster = ctx.nodeOf(srcHost.parentId, 'cluster');
    const sameCluster = cluster && cluster.id === dstHost.parentId;
    const baseline = sameCluster && cluster.evcBaseline ? cpuModelById(cluster.evcBaseline) : undefined;
    const needed: readonly CpuFeature[] = baseline ? baseline.features : srcHost.cpuFeatures;
    const missing = needed.filter((f) => !dstHost.cpuFeatures.includes(f));
    if (missing.length) {
      push('cpu', live, `Host "${dstHost.name}" lacks CPU feature(s) ${missing.join(', ')} the guest ${baseline ? `was promised by EVC baseline ${baseline.label}` : `sees on "${srcHost.name}"`}.`, [dstHost.id]);
    } else if (baseline) {
      push('cpu', 'info', `EVC baseline ${baseline.label} of cluster "${cluster!.name}" hides the CPU differences.`, [cluster!.id]);
    } else {
      push('cpu', 'info', `"${dstHost.name}" offers every CPU feature of "${srcHost.name}".`, [dstHost.id]);
    }
  }
  const hw = hasHardwareVirtualization(dstHost.cpuFeatures);
  if ((vm.mode === 'pvh' || (vm.mode === 'hvm' && !dstHv?.modes.includes('full-bt'))) && !hw) {
    push('cpu', 'error', `"${vm.name}" is ${vm.mode.toUpperCase()} and needs VT-x/AMD-V, which host "${dstHost.name}" lacks.`, [dstHost.id]);
  }
  if (vm.vcpus > hostThreads(dstHost)) push('cpu', 'error', `"${vm.name}" has ${vm.vcpus} vCPUs; host "${dstHost.name}" has ${hostThreads(dstHost)} threads.`, [vm.id, dstHost.id]);
}
