import { bareMetalExcludesHostOs } from './bareMetalExcludesHostOs';
import { binaryTranslationFallback } from './binaryTranslationFallback';
import { clusterCpuVendorMix } from './clusterCpuVendorMix';
import { clusterEvcBaseline } from './clusterEvcBaseline';
import { clusterHaAdmission } from './clusterHaAdmission';
import { clusterHaNeedsTwoHosts } from './clusterHaNeedsTwoHosts';
import { clusterMixedHypervisors } from './clusterMixedHypervisors';
import { containerKernelMatch } from './containerKernelMatch';
import { desktopPoolHasDesktops } from './desktopPoolHasDesktops';
import { desktopPoolMembersInCluster } from './desktopPoolMembersInCluster';
import { diskPoolReachable } from './diskPoolReachable';
import { diskWrittenExceedsSize } from './diskWrittenExceedsSize';
import { dom0BackendDrivers } from './dom0BackendDrivers';
import { dom0DeviceModelForHvm } from './dom0DeviceModelForHvm';
import { dom0OnlyOnXen } from './dom0OnlyOnXen';
import { domuRequiresDom0 } from './domuRequiresDom0';
import { elementNeedsParent } from './elementNeedsParent';
import { gatewayInSubnet } from './gatewayInSubnet';
import { guestModeOffered } from './guestModeOffered';
import { haNeedsSharedStorage } from './haNeedsSharedStorage';
import { hostRamCapacity } from './hostRamCapacity';
import { hostRamHeadroom } from './hostRamHeadroom';
import { hostVcpuCapacity } from './hostVcpuCapacity';
import { hostWithoutUplink } from './hostWithoutUplink';
import { hvmNeedsHardwareAssist } from './hvmNeedsHardwareAssist';
import { hypervisorNeedsHwAssist } from './hypervisorNeedsHwAssist';
import { ipInSubnet } from './ipInSubnet';
import { ipUnique } from './ipUnique';
import { loadBalancerHasMembers } from './loadBalancerHasMembers';
import { loadBalancerVipNetwork } from './loadBalancerVipNetwork';
import { localPoolRemotePath } from './localPoolRemotePath';
import { managementProductMatchesHypervisor } from './managementProductMatchesHypervisor';
import { managementServerManagesSomething } from './managementServerManagesSomething';
import { mtuConsistent } from './mtuConsistent';
import { nestedHypervisorDeclared } from './nestedHypervisorDeclared';
import { nestedNeedsCpuFeature } from './nestedNeedsCpuFeature';
import { objectStorageNotVmDisk } from './objectStorageNotVmDisk';
import { oneHypervisorPerHost } from './oneHypervisorPerHost';
import { poweredOffHostRunningVms } from './poweredOffHostRunningVms';
import { pvNeedsPvKernel } from './pvNeedsPvKernel';
import { pvNeedsXen } from './pvNeedsXen';
import { singleDom0PerXen } from './singleDom0PerXen';
import { storageProtocolMatchesPool } from './storageProtocolMatchesPool';
import { storageProvisionedCapacity } from './storageProvisionedCapacity';
import { storageUsageWarning } from './storageUsageWarning';
import { storageWrittenCapacity } from './storageWrittenCapacity';
import { type1OnHardware } from './type1OnHardware';
import { type2NeedsHostOs } from './type2NeedsHostOs';
import { uplinkVlanOnSwitchTrunk } from './uplinkVlanOnSwitchTrunk';
import { vlanIdRange } from './vlanIdRange';
import { vlanIdUnique } from './vlanIdUnique';
import { vlanSubnetValid } from './vlanSubnetValid';
import { vmRamExceedsHost } from './vmRamExceedsHost';
import { vmVcpusExceedThreads } from './vmVcpusExceedThreads';
import { vnicVlanOnHostUplink } from './vnicVlanOnHostUplink';
import { vswitchKindMatchesHypervisor } from './vswitchKindMatchesHypervisor';
import { vswitchPortGroupMissing } from './vswitchPortGroupMissing';
import { vswitchScope } from './vswitchScope';
import { xenRequiresDom0 } from './xenRequiresDom0';
import type { Rule } from './types';

/** Every validation rule, in catalogue order (layering, guest modes, Xen, capacity, storage, network, containers, cluster, services). */
export const RULES: readonly Rule[] = [
  bareMetalExcludesHostOs,
  elementNeedsParent,
  hypervisorNeedsHwAssist,
  nestedHypervisorDeclared,
  nestedNeedsCpuFeature,
  oneHypervisorPerHost,
  type1OnHardware,
  type2NeedsHostOs,
  binaryTranslationFallback,
  guestModeOffered,
  hvmNeedsHardwareAssist,
  pvNeedsPvKernel,
  pvNeedsXen,
  dom0BackendDrivers,
  dom0DeviceModelForHvm,
  dom0OnlyOnXen,
  domuRequiresDom0,
  singleDom0PerXen,
  xenRequiresDom0,
  hostRamCapacity,
  hostRamHeadroom,
  hostVcpuCapacity,
  poweredOffHostRunningVms,
  vmRamExceedsHost,
  vmVcpusExceedThreads,
  diskPoolReachable,
  diskWrittenExceedsSize,
  localPoolRemotePath,
  objectStorageNotVmDisk,
  storageProtocolMatchesPool,
  storageProvisionedCapacity,
  storageUsageWarning,
  storageWrittenCapacity,
  gatewayInSubnet,
  hostWithoutUplink,
  ipInSubnet,
  ipUnique,
  mtuConsistent,
  uplinkVlanOnSwitchTrunk,
  vlanIdRange,
  vlanIdUnique,
  vlanSubnetValid,
  vnicVlanOnHostUplink,
  vswitchKindMatchesHypervisor,
  vswitchPortGroupMissing,
  vswitchScope,
  containerKernelMatch,
  clusterCpuVendorMix,
  clusterEvcBaseline,
  clusterHaAdmission,
  clusterHaNeedsTwoHosts,
  clusterMixedHypervisors,
  haNeedsSharedStorage,
  desktopPoolHasDesktops,
  desktopPoolMembersInCluster,
  loadBalancerHasMembers,
  loadBalancerVipNetwork,
  managementProductMatchesHypervisor,
  managementServerManagesSomething,
];

/** Rule by id. */
export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
