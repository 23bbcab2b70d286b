import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type {
  Cluster, Container, Design, DesktopPool, Dom0, Element, Host, HostOs, Hypervisor, Kind, LoadBalancer, ManagementServer,
  NodeLayout, PhysicalSwitch, ProjectSettings, Relation, RelationKind, RelationPropsByKind, Scenario, ScenarioAction, StoragePool, Vlan, Vm, VSwitch,
} from '../../../shared/model';
import type { designSchema, topologySchema } from '../../../shared/schema/design';
import type { ELEMENT_SCHEMAS, elementSchema } from '../../../shared/schema/kinds';
import type { nodeLayoutSchema } from '../../../shared/schema/layout';
import type { RELATION_PROPS_SCHEMAS, RELATION_SCHEMAS, relationSchema } from '../../../shared/schema/relation';
import type { scenarioActionSchema, scenarioSchema } from '../../../shared/schema/scenario';
import type { settingsSchema } from '../../../shared/schema/settings';
import type { StoredDesign, StoredTopology } from '../../../shared/schema/storedDesign';

// These checks run in `tsc -b` (vitest's expectTypeOf is a no-op at run time): a schema that drifts
// from its model type, in either direction, fails the type check.
type Out<K extends Kind> = z.output<(typeof ELEMENT_SCHEMAS)[K]>;
/** Mutual assignability: used for records, where structural equality of branded index signatures is too literal. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe('schemas agree with the model types', () => {
  it('every kind', () => {
    expectTypeOf<Out<'host'>>().toEqualTypeOf<Host>();
    expectTypeOf<Out<'hostOs'>>().toEqualTypeOf<HostOs>();
    expectTypeOf<Out<'hypervisor'>>().toEqualTypeOf<Hypervisor>();
    expectTypeOf<Out<'dom0'>>().toEqualTypeOf<Dom0>();
    expectTypeOf<Out<'vm'>>().toEqualTypeOf<Vm>();
    expectTypeOf<Out<'container'>>().toEqualTypeOf<Container>();
    expectTypeOf<Out<'vswitch'>>().toEqualTypeOf<VSwitch>();
    expectTypeOf<Out<'vlan'>>().toEqualTypeOf<Vlan>();
    expectTypeOf<Out<'physicalSwitch'>>().toEqualTypeOf<PhysicalSwitch>();
    expectTypeOf<Out<'storagePool'>>().toEqualTypeOf<StoragePool>();
    expectTypeOf<Out<'cluster'>>().toEqualTypeOf<Cluster>();
    expectTypeOf<Out<'managementServer'>>().toEqualTypeOf<ManagementServer>();
    expectTypeOf<Out<'loadBalancer'>>().toEqualTypeOf<LoadBalancer>();
    expectTypeOf<Out<'desktopPool'>>().toEqualTypeOf<DesktopPool>();
    expectTypeOf<z.output<typeof elementSchema>>().toEqualTypeOf<Element>();
    expectTypeOf<keyof typeof ELEMENT_SCHEMAS>().toEqualTypeOf<Kind>();
  });

  it('every relation', () => {
    expectTypeOf<keyof typeof RELATION_SCHEMAS>().toEqualTypeOf<RelationKind>();
    expectTypeOf<{ [R in RelationKind]: z.output<(typeof RELATION_PROPS_SCHEMAS)[R]> }>().toEqualTypeOf<RelationPropsByKind>();
    expectTypeOf<z.output<typeof relationSchema>>().toEqualTypeOf<Relation>();
  });

  it('settings, layout, scenarios and the design', () => {
    expectTypeOf<z.output<typeof settingsSchema>>().toEqualTypeOf<ProjectSettings>();
    expectTypeOf<z.output<typeof nodeLayoutSchema>>().toEqualTypeOf<NodeLayout>();
    expectTypeOf<z.output<typeof scenarioActionSchema>>().toEqualTypeOf<ScenarioAction>();
    expectTypeOf<z.output<typeof scenarioSchema>>().toEqualTypeOf<Scenario>();
    // The schemas check the file form: elements and connections as records keyed by id.
    expectTypeOf<Same<z.output<typeof topologySchema>, StoredTopology>>().toEqualTypeOf<true>();
    expectTypeOf<Same<z.output<typeof designSchema>, StoredDesign>>().toEqualTypeOf<true>();
    expectTypeOf<keyof z.output<typeof designSchema>>().toEqualTypeOf<keyof Design>();
    expectTypeOf<keyof z.output<typeof topologySchema>>().toEqualTypeOf<keyof Design['topology']>();
  });
});
