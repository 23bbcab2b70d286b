import { HYPERVISOR_FAMILIES, type Element } from '../../../shared/model';

const gib = (mib: number) => (mib >= 1024 ? `${+(mib / 1024).toFixed(1)} GiB` : `${mib} MiB`);

/** A one-line summary of an element for its node on the canvas. */
export function describe(el: Element): string {
  switch (el.kind) {
    case 'host': return `${el.sockets * el.coresPerSocket * el.threadsPerCore} threads · ${el.ramGiB} GiB${el.powerState === 'off' ? ' · off' : ''}`;
    case 'hostOs': return `${el.osName} ${el.version}`;
    case 'hypervisor': return `${HYPERVISOR_FAMILIES[el.family].label} · Type ${el.hypervisorType}`;
    case 'dom0': return `Dom0 · ${el.vcpus} vCPU · ${gib(el.ramMiB)}`;
    case 'vm': return `${el.mode.toUpperCase()} · ${el.vcpus} vCPU · ${gib(el.ramMiB)} · ${el.state}`;
    case 'container': return `${el.image}`;
    case 'vswitch': return `${el.switchKind} · MTU ${el.mtu}`;
    case 'vlan': return `${el.networkType === 'vlan' ? `VLAN ${el.vlanId}` : el.networkType.toUpperCase()} · ${el.subnet}`;
    case 'physicalSwitch': return `${el.ports} ports · ${el.speedMbps / 1000} Gbit/s`;
    case 'storagePool': return `${el.poolType} · ${el.capacityGiB} GiB`;
    case 'cluster': return `HA ${el.ha.enabled ? 'on' : 'off'} · DRS ${el.drs}`;
    case 'managementServer': return el.product;
    case 'loadBalancer': return `VIP ${el.vip}:${el.port}`;
    case 'desktopPool': return `${el.protocol.toUpperCase()} · ${el.clients} clients`;
  }
}
