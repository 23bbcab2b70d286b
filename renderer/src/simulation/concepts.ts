import type { StopReason } from '../../../shared/engine/sim/migration/telemetry';
import type { MigrationMode, StopPolicy } from '../../../shared/model';

/**
 * The words the Simulation panel teaches with: one place for every tooltip and explanation, so the
 * same concept is always explained the same way (DOMAIN.md §4–§6).
 */

export const MODE_LABEL: Record<MigrationMode, string> = {
  precopy: 'Pre-copy (live)',
  postcopy: 'Post-copy (live)',
  hybrid: 'Hybrid (live)',
  cold: 'Cold',
};

export const MODE_HELP: Record<MigrationMode, string> = {
  precopy:
    'Pre-copy: memory is copied while the VM keeps running on the source. Pages the guest dirties meanwhile are sent again in the next round, '
    + 'until the dirty set is small enough (or a policy gives up); then the VM is paused for a short stop-and-copy and resumes on the destination.',
  postcopy:
    'Post-copy: the VM is paused only to send its CPU and device state, then resumes on the destination at once. Memory follows: pushed in the background, '
    + 'and every page the guest touches before it arrives is fetched over the network (a page fault). Each page crosses once, but a failure of either host during this phase loses the VM.',
  hybrid: 'Hybrid: one pre-copy pass of all memory while the VM runs, then a switch to post-copy for whatever was dirtied during that pass.',
  cold: 'Cold: the VM is shut down (or suspended), its memory image — and its disks if storage is not shared — are copied, then it starts on the destination. Downtime is the whole migration.',
};

export const POLICY_LABEL: Record<StopPolicy, string> = {
  threshold: 'Threshold',
  'xen-legacy': 'Xen legacy (≤ 4.5)',
  'xen-v2': 'Xen migration v2',
  qemu: 'QEMU / KVM',
};

export const POLICY_HELP: Record<StopPolicy, string> = {
  threshold: 'Textbook rule: keep doing live rounds until a round leaves at most the threshold dirty (default 30 MiB, at most 30 rounds), then stop and copy.',
  'xen-legacy': 'Xen xc_domain_save (Xen ≤ 4.5): at most 29 live rounds; stop early when fewer than 50 pages were dirtied in the last round, or when more than 3 × memory has been sent. Pages re-dirtied during a round are skipped that round.',
  'xen-v2': 'Xen migration v2 (Xen ≥ 4.6): stop and copy when fewer than 50 pages are dirty, or after 5 live rounds. No cap on data.',
  qemu: 'QEMU/KVM: no round cap. QEMU keeps comparing the remaining dirty memory with bandwidth × downtime limit (default 300 ms) and switches over as soon as it fits. Live traffic is capped at max-bandwidth; the final remainder goes at link speed.',
};

/** Tooltips for the parameters and results, keyed by a short concept name. */
export const HELP = {
  dirtyRate: 'Dirty rate (D): how fast the running guest writes to memory, MiB/s. Every dirtied page must be sent again. When D approaches the transfer rate R (λ = D/R ≥ 1), pre-copy cannot converge on its own.',
  wws: 'Writable working set (WWS): the "hot" pages the guest keeps rewriting. After the first round a pre-copy round never needs to send more than this, because the same hot pages are dirtied again and again.',
  downtime: 'Downtime: how long the guest is paused — it answers no requests. For pre-copy it is the last (stop-and-copy) transfer plus the switchover; for post-copy only the CPU/device state; for cold, the whole migration.',
  downtimeLimit: 'QEMU downtime-limit: the pause QEMU is willing to accept. It switches over once remaining dirty memory ÷ bandwidth fits within this limit.',
  maxBandwidth: 'QEMU max-bandwidth: cap on the live-phase transfer rate so migration traffic does not starve the guests. The final stop-and-copy goes at full link speed.',
  autoConverge: 'Auto-converge: when the guest dirties memory faster than half the transfer rate twice in a row, QEMU throttles its vCPUs (20 %, then +10 % per step, at most 99 %), so it dirties less and the migration can converge.',
  postcopyAfter: 'Switch to post-copy: if pre-copy has not converged after this many bitmap syncs, QEMU stops pre-copying and resumes the VM on the destination (migrate-start-postcopy).',
  threshold: 'Threshold: stop-and-copy once a live round leaves at most this much memory dirty.',
  totalTime: 'Total migration time: from the first byte sent until the VM runs on the destination with all its memory.',
  rounds: 'Rounds: live pre-copy iterations (QEMU counts bitmap syncs). The first sends all memory; each later one re-sends what was dirtied meanwhile. The stop-and-copy is not counted.',
  dataSent: 'Data sent: everything put on the migration network. Pre-copy sends dirtied pages more than once, so it is usually more than the VM\'s memory; post-copy sends each page once.',
  converged: 'Converged: the live phase ended because the dirty set became small enough — not because a cap, a timeout or a post-copy switch forced it.',
  postcopyRequests: 'postcopy-requests: pages the guest needed before they had arrived, each fetched over the network at the cost of a round trip (a network page fault).',
  seed: 'Seed: the simulation\'s random source starts from this number, so the same design, scenario and seed always give exactly the same run.',
  ha: 'High availability (HA): when a host fails, the cluster restarts its VMs on surviving hosts, highest priority first — if admission control left room for them.',
  admission: 'Admission control: HA reserves spare capacity (for a number of host failures, or a percentage) so that failed-over VMs can restart. Without it, VMs may stay down for lack of room.',
  ffd: 'First-Fit Decreasing: sort VMs by size, largest first, and put each on the first host where it fits. Uses at most 11/9 · OPT + 6/9 hosts.',
  bfd: 'Best-Fit Decreasing: sort VMs by size, largest first, and put each on the host where it leaves the least room free.',
  scratchHost: 'Scratch host: when two VMs must swap hosts and neither host can hold both at once, one of them first moves to a third host with room, so no host is ever overfilled mid-plan.',
} as const;

/** QEMU query-migrate fields shown in the per-round table, with what they mean. */
export const FIELD_HELP: Record<string, string> = {
  round: 'Row number: one per live round (per bitmap sync for QEMU), then the paused copy.',
  phase: 'live: the guest runs while memory is copied; stop-and-copy: the guest is paused for the last copy; device-state: CPU/device state sent while paused (post-copy); postcopy: memory pulled after the guest resumed on the destination; cold: the stopped VM\'s image.',
  sentMiB: 'Data put on the wire during this row.',
  transferred: 'transferred: bytes sent so far.',
  remaining: 'remaining: bytes still dirty after this row — what the next round must send.',
  'dirty-pages-rate': 'dirty-pages-rate: pages the guest dirtied per second during this row.',
  mbps: 'mbps: transfer rate during this row, Mbit/s.',
  'dirty-sync-count': 'dirty-sync-count: how many times the dirty bitmap has been synchronised (QEMU\'s round counter).',
  'expected-downtime': 'expected-downtime: what a switchover right now would cost — remaining ÷ current rate, ms.',
  downtime: 'downtime: pause so far, ms (non-zero once the guest has been paused).',
  'postcopy-requests': 'postcopy-requests: network page faults so far.',
  'cpu-throttle-percentage': 'cpu-throttle-percentage: how much auto-converge slows the guest\'s vCPUs.',
};

/** What a stop reason means, in one sentence a student understands (the engine's detail gives the figures). */
export const STOP_REASON_MEANING: Record<StopReason, string> = {
  'threshold-reached': 'Pre-copy converged: a live round left little enough dirty memory, so the VM was paused briefly to copy the rest (stop-and-copy).',
  'few-dirty-pages': 'Pre-copy converged the Xen way: the last round dirtied fewer than 50 pages, so the rest was copied while the VM was paused.',
  'max-rounds': 'Pre-copy did not converge: the policy\'s cap on live rounds was reached while the guest was still dirtying memory, so the VM was paused with more left to copy — a longer downtime.',
  'data-cap': 'Pre-copy did not converge: Xen gives up after sending 3 × the VM\'s memory and pauses the VM to copy what is left.',
  'fits-downtime-limit': 'Pre-copy converged the QEMU way: the remaining dirty memory could be sent within the downtime limit, so QEMU switched over.',
  'switched-to-postcopy': 'Pre-copy did not converge in time, so the migration switched to post-copy: the VM resumed on the destination and pulled the rest of its memory.',
  'timeout-aborted': 'The management layer\'s timeout expired before pre-copy converged, so the migration was aborted; the VM keeps running on the source.',
  'timeout-forced': 'The management layer\'s timeout expired, so it forced completion: the VM was paused to copy everything still dirty — a long downtime.',
  postcopy: 'Post-copy: the VM was paused only to move its CPU and device state; its memory followed while it already ran on the destination.',
  hybrid: 'Hybrid: one full pre-copy pass while the VM ran, then post-copy for what was dirtied during that pass.',
  cold: 'Cold migration: the VM was not running during the copy, so the downtime is the whole migration.',
  'link-cut': 'The migration network was cut mid-way. Before post-copy the VM simply stays on the source; during post-copy it is lost.',
  'host-failed': 'A host failed mid-way. Before post-copy the VM stays on (or crashes with) the source; during post-copy it is lost.',
};

/** A sentence for the run as a whole: meaning plus the engine's figures. */
export function explainStop(reason: StopReason, detail: string): string {
  return `${STOP_REASON_MEANING[reason]} ${detail}`.trim();
}

/** λ = D / R, the ratio that decides whether pre-copy can converge on its own. */
export function lambdaNote(dirtyRateMiBs: number, rateMiBs: number): string | null {
  if (!(rateMiBs > 0)) return null;
  const l = dirtyRateMiBs / rateMiBs;
  if (l >= 1) return `λ = D/R = ${l.toFixed(2)} ≥ 1: the guest dirties memory at least as fast as the network sends it, so pre-copy cannot converge on its own — only a policy ends it.`;
  if (l >= 0.5) return `λ = D/R = ${l.toFixed(2)}: every round is at least half the previous one, so pre-copy converges slowly.`;
  return `λ = D/R = ${l.toFixed(2)}: each round is about ${Math.round(l * 100)} % of the previous one, so pre-copy converges quickly.`;
}
