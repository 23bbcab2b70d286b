import { HYPERVISOR_FAMILIES, type Element } from '../model';

const ram = (mib: number) => (mib >= 1024 ? `${+(mib / 1024).toFixed(1)} GiB` : `${mib} MiB`);

/** A one-line summary of an element, as the canvas shows it under the name. */
export function describeElement(el: Element): string {
  switch (el.kind) {
    case 'host': return `${el.sockets * el.coresPerSocket * el.threadsPerCore} threads · ${el.ramGiB} GiB${el.powerState === 'off' ? ' · off' : ''}`;
    case 'hostOs': return `${el.osName} ${el.version}`.trim();
    case 'hypervisor': return `${HYPERVISOR_FAMILIES[el.family]?.label ?? el.family} · Type ${el.hypervisorType}`;
    case 'dom0': return `Dom0 · ${el.vcpus} vCPU · ${ram(el.ramMiB)}`;
    case 'vm': return `${String(el.mode).toUpperCase()} · ${el.vcpus} vCPU · ${ram(el.ramMiB)} · ${el.state}`;
    case 'container': return el.image;
    case 'vswitch': return `${el.switchKind} · MTU ${el.mtu}`;
    case 'vlan': return `${el.networkType === 'vlan' ? `VLAN ${el.vlanId}` : String(el.networkType).toUpperCase()} · ${el.subnet}`;
    case 'physicalSwitch': return `${el.ports} ports · ${el.speedMbps / 1000} Gbit/s`;
    case 'storagePool': return `${el.poolType} · ${el.capacityGiB} GiB`;
    case 'cluster': return `HA ${el.ha?.enabled ? 'on' : 'off'} · DRS ${el.drs}`;
    case 'managementServer': return el.product;
    case 'loadBalancer': return `VIP ${el.vip}:${el.port}`;
    case 'desktopPool': return `${String(el.protocol).toUpperCase()} · ${el.clients} clients`;
  }
}

/** RAM in MiB shown as "512 MiB" or "4 GiB". */
export const formatRam = ram;
