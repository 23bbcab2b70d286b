import { runScenario } from '../../../shared/engine/sim/scenario/runScenario';
import type { Design, NodeId, Scenario, ScenarioAction } from '../../../shared/model';
import { DesignBuilder } from '../../shared/sim/designBuilder';

/** Two hosts with KVM on one 10 Gbit/s switch (1 Gbit/s uplinks), `vms` VMs on the first. */
export function twoHosts(vms = 1, vmProps = {}) {
  const b = new DesignBuilder();
  const sw = b.add('physicalSwitch', { speedMbps: 10000 });
  const a = b.host({ name: 'host-a' });
  const c = b.host({ name: 'host-c' });
  const upA = b.uplink(a.host, sw, 1000);
  const upC = b.uplink(c.host, sw, 1000);
  const ids = Array.from({ length: vms }, (_, i) => b.vm(a.hv, { name: `vm-${i + 1}`, ...vmProps }));
  return { b, sw, a, c, upA, upC, vms: ids };
}

export const scenario = (actions: ScenarioAction[], seed = 1, name = 'test'): Scenario => ({ name, seed, durationS: 0, actions });

/** Runs a scenario with the engine, as the engine host would behind the contract (tests only). */
export function run(design: Design, s: Scenario) {
  return runScenario(design, s);
}

export const asId = (s: string) => s as NodeId;
