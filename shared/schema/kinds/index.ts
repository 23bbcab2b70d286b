import { z } from 'zod';
import type { Kind } from '../../model';
import { clusterSchema } from './cluster';
import { containerSchema } from './container';
import { desktopPoolSchema } from './desktopPool';
import { dom0Schema } from './dom0';
import { hostSchema } from './host';
import { hostOsSchema } from './hostOs';
import { hypervisorSchema } from './hypervisor';
import { loadBalancerSchema } from './loadBalancer';
import { managementServerSchema } from './managementServer';
import { physicalSwitchSchema } from './physicalSwitch';
import { storagePoolSchema } from './storagePool';
import { vlanSchema } from './vlan';
import { vmSchema } from './vm';
import { vswitchSchema } from './vswitch';

/** The strict schema of each kind, so code can pick one by `kind`. */
export const ELEMENT_SCHEMAS = {
  host: hostSchema,
  hostOs: hostOsSchema,
  hypervisor: hypervisorSchema,
  dom0: dom0Schema,
  vm: vmSchema,
  container: containerSchema,
  vswitch: vswitchSchema,
  vlan: vlanSchema,
  physicalSwitch: physicalSwitchSchema,
  storagePool: storagePoolSchema,
  cluster: clusterSchema,
  managementServer: managementServerSchema,
  loadBalancer: loadBalancerSchema,
  desktopPool: desktopPoolSchema,
} as const satisfies Record<Kind, z.ZodType>;

/** Any element, discriminated by `kind`. */
export const elementSchema = z.discriminatedUnion('kind', [
  hostSchema, hostOsSchema, hypervisorSchema, dom0Schema, vmSchema, containerSchema, vswitchSchema, vlanSchema,
  physicalSwitchSchema, storagePoolSchema, clusterSchema, managementServerSchema, loadBalancerSchema, desktopPoolSchema,
]);
