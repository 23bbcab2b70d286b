import type { PreflightResult } from '../../../shared/engine/preflight/types';
import { DEFAULT_MAX_ROUNDS } from '../../../shared/engine/sim/migration/params';
import { ancestorOfKind, nodesOfKind } from '../../../shared/engine/queries/nodes';
import type { Design, Element, MigrationMode, NodeId, Scenario, ScenarioAction, StopPolicy, Topology, Vm } from '../../../shared/model';

/**
 * The Migration lab's form: what the user typed (strings, as inputs hold them) and how it becomes
 * a request. Ranges are the engine's business (it answers with the parameter and the reason); the
 * form only turns text into numbers and says when a field is not a number at all.
 */
export interface MigrationForm {
  vm: NodeId | null;
  /** A host (or a hypervisor) to migrate to. */
  destination: NodeId | null;
  mode: MigrationMode;
  policy: StopPolicy;
  /** Workload, defaulted from the VM; empty = the VM's own value. */
  dirtyRateMiBs: string;
  wwsMiB: string;
  thresholdMiB: string;
  maxRounds: string;
  downtimeLimitMs: string;
  maxBandwidthMiBs: string;
  autoConverge: boolean;
  /** Empty = never switch to post-copy. */
  postcopyAfterSyncs: string;
  seed: string;
}

export const EMPTY_FORM: MigrationForm = {
  vm: null,
  destination: null,
  mode: 'precopy',
  policy: 'qemu',
  dirtyRateMiBs: '',
  wwsMiB: '',
  thresholdMiB: '30',
  maxRounds: '',
  downtimeLimitMs: '300',
  maxBandwidthMiBs: '128',
  autoConverge: false,
  postcopyAfterSyncs: '',
  seed: '1',
};

/** Which policy fields apply: the form shows only those. */
export function policyFields(mode: MigrationMode, policy: StopPolicy): { threshold: boolean; maxRounds: boolean; qemu: boolean } {
  const pre = mode === 'precopy';
  return { threshold: pre && policy === 'threshold', maxRounds: pre && policy !== 'qemu', qemu: pre && policy === 'qemu' };
}

/** The default cap on live rounds of a policy, as the placeholder of the field. */
export const defaultMaxRounds = (policy: StopPolicy): string => (Number.isFinite(DEFAULT_MAX_ROUNDS[policy]) ? String(DEFAULT_MAX_ROUNDS[policy]) : 'no cap');

export interface Choice { id: NodeId; label: string; detail: string }

/** The physical host a VM or hypervisor sits on. */
export const hostOf = (t: Topology, id: NodeId): NodeId | null => (t.nodes.get(id)?.kind === 'host' ? id : ancestorOfKind(t, id, 'host')?.id ?? null);

const byName = (a: Choice, b: Choice) => a.label.localeCompare(b.label) || (a.id < b.id ? -1 : 1);

/** VMs that sit on a hypervisor (the ones that have somewhere to migrate from). */
export function vmChoices(design: Design): Choice[] {
  const t = design.topology;
  return nodesOfKind(t, 'vm')
    .filter((vm) => vm.parentId && t.nodes.get(vm.parentId)?.kind === 'hypervisor')
    .map((vm) => {
      const host = hostOf(t, vm.id);
      return { id: vm.id, label: vm.name, detail: `${vm.ramMiB} MiB, on ${host ? t.nodes.get(host)!.name : 'no host'}` };
    })
    .sort(byName);
}

/** Hosts other than the VM's own that carry a hypervisor. */
export function destinationChoices(design: Design, vm: NodeId | null): Choice[] {
  const t = design.topology;
  const source = vm ? hostOf(t, vm) : null;
  const hypervisors = nodesOfKind(t, 'hypervisor');
  return nodesOfKind(t, 'host')
    .filter((h) => h.id !== source)
    .map((h) => ({ host: h, hv: hypervisors.find((x) => hostOf(t, x.id) === h.id) }))
    .filter((x) => !!x.hv)
    .map(({ host, hv }) => ({ id: host.id, label: host.name, detail: `${hv!.name}${host.powerState === 'off' ? ' (powered off)' : ''}` }))
    .sort(byName);
}

/**
 * Picks a VM and destination from the canvas selection: a selected VM is the VM; a selected host,
 * hypervisor (or a VM's own host) elsewhere is the destination. Keeps current choices otherwise.
 */
export function fromSelection(design: Design, selection: readonly string[], form: MigrationForm): MigrationForm {
  const t = design.topology;
  const picked = selection.map((id) => t.nodes.get(id as NodeId)).filter((e): e is Element => !!e);
  const vm = picked.find((e): e is Vm => e.kind === 'vm' && vmChoices(design).some((c) => c.id === e.id));
  let next = vm && vm.id !== form.vm ? withVm(design, form, vm.id) : form;
  const dests = destinationChoices(design, next.vm);
  for (const e of picked) {
    if (e.kind !== 'host' && e.kind !== 'hypervisor') continue;
    const host = hostOf(t, e.id);
    if (host && dests.some((d) => d.id === host)) {
      next = { ...next, destination: host };
      break;
    }
  }
  return next;
}

/** Chooses a VM: its workload becomes the default, and the destination is kept only if still valid. */
export function withVm(design: Design, form: MigrationForm, vmId: NodeId | null): MigrationForm {
  const vm = vmId ? (design.topology.nodes.get(vmId) as Vm | undefined) : undefined;
  const dests = destinationChoices(design, vmId);
  const destination = form.destination && dests.some((d) => d.id === form.destination) ? form.destination : (dests[0]?.id ?? null);
  return {
    ...form,
    vm: vm ? vm.id : null,
    destination,
    dirtyRateMiBs: vm ? String(vm.workload.dirtyRateMiBs) : '',
    wwsMiB: vm ? String(vm.workload.wwsMiB) : '',
  };
}

export type FormErrors = Partial<Record<keyof MigrationForm, string>>;

/** What the form asks the engine for: the scenario-style migrate options plus the workload. */
export interface MigrationRequest {
  vm: NodeId;
  destination: NodeId;
  mode: MigrationMode;
  policy: StopPolicy;
  /** Keys of MIGRATE_OPTION_KEYS (shared/engine/sim/scenario/migrationOptions). */
  options: Record<string, number | boolean>;
  workload: { dirtyRateMiBs: number; wwsMiB: number };
  seed: number;
}

const parse = (s: string): number | null => {
  const t = s.trim().replace(',', '.');
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : NaN;
};

/** Turns the form into a request, or says which fields are missing or not numbers. */
export function toRequest(form: MigrationForm): { ok: true; request: MigrationRequest } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  if (!form.vm) errors.vm = 'Choose the VM to migrate (or select it on the canvas).';
  if (!form.destination) errors.destination = 'Choose a destination host.';
  const num = (key: keyof MigrationForm, required: boolean): number | undefined => {
    const v = parse(String(form[key]));
    if (v === null) {
      if (required) errors[key] = 'Required.';
      return undefined;
    }
    if (Number.isNaN(v)) {
      errors[key] = `"${String(form[key])}" is not a number.`;
      return undefined;
    }
    return v;
  };
  const dirty = num('dirtyRateMiBs', true);
  const wws = num('wwsMiB', true);
  const seed = num('seed', false);
  if (seed !== undefined && !Number.isInteger(seed)) errors.seed = 'The seed is a whole number.';
  const options: Record<string, number | boolean> = {};
  const fields = policyFields(form.mode, form.policy);
  const opt = (key: keyof MigrationForm, name: string) => {
    const v = num(key, false);
    if (v !== undefined) options[name] = v;
  };
  if (fields.threshold) opt('thresholdMiB', 'thresholdMiB');
  if (fields.maxRounds) opt('maxRounds', 'maxRounds');
  if (fields.qemu) {
    opt('downtimeLimitMs', 'downtimeLimitMs');
    opt('maxBandwidthMiBs', 'maxBandwidthMiBs');
    if (form.autoConverge) options.autoConverge = true;
    opt('postcopyAfterSyncs', 'postcopyAfterSyncs');
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    request: {
      vm: form.vm!,
      destination: form.destination!,
      mode: form.mode,
      policy: form.policy,
      options,
      workload: { dirtyRateMiBs: dirty!, wwsMiB: wws! },
      seed: seed ?? 1,
    },
  };
}

/**
 * The request as a one-migration scenario (the workload set at t = 0, then the migration): the
 * engine runs it over the design's own migration network, so the rate is the real path's. A cold
 * migration that must also move storage copies the disks the pre-flight counted.
 */
export function labScenario(r: MigrationRequest, vmName: string, pre: PreflightResult | null): Scenario {
  const options: Record<string, number | boolean> = { ...r.options };
  if (r.mode === 'cold' && pre?.storageMigration.needed) options.diskMiB = pre.storageMigration.copyGiB * 1024;
  const actions: ScenarioAction[] = [
    { at: 0, type: 'setWorkload', vm: r.vm, workload: { dirtyRateMiBs: r.workload.dirtyRateMiBs, wwsMiB: r.workload.wwsMiB } },
    { at: 0, type: 'migrate', vm: r.vm, to: r.destination, mode: r.mode, policy: r.policy, options },
  ];
  return { name: `Migration lab: ${vmName}`, seed: r.seed, durationS: 0, actions };
}
