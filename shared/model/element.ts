import type { Cluster } from './kinds/cluster';
import type { Kind } from './kinds/common';
import type { Container } from './kinds/container';
import type { DesktopPool } from './kinds/desktopPool';
import type { Dom0 } from './kinds/dom0';
import type { Host } from './kinds/host';
import type { HostOs } from './kinds/hostOs';
import type { Hypervisor } from './kinds/hypervisor';
import type { LoadBalancer } from './kinds/loadBalancer';
import type { ManagementServer } from './kinds/managementServer';
import type { PhysicalSwitch } from './kinds/physicalSwitch';
import type { StoragePool } from './kinds/storagePool';
import type { Vlan } from './kinds/vlan';
import type { Vm } from './kinds/vm';
import type { VSwitch } from './kinds/vswitch';

/** Kind -> element type. */
export interface ElementByKind {
  host: Host;
  hostOs: HostOs;
  hypervisor: Hypervisor;
  dom0: Dom0;
  vm: Vm;
  container: Container;
  vswitch: VSwitch;
  vlan: Vlan;
  physicalSwitch: PhysicalSwitch;
  storagePool: StoragePool;
  cluster: Cluster;
  managementServer: ManagementServer;
  loadBalancer: LoadBalancer;
  desktopPool: DesktopPool;
}

export type Element = ElementByKind[Kind];

/** The editable properties of a kind: everything but identity and nesting. */
export type PropsOf<K extends Kind> = Omit<ElementByKind[K], 'id' | 'kind' | 'parentId'>;
