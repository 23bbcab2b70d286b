import { TemplateBuilder } from './builder';
import type { Template } from './types';

const NAMESPACES = ['pid', 'net', 'mnt', 'uts', 'ipc', 'user'];

/** OS-level virtualization: containers share the host OS kernel; no hypervisor, no guest OS. */
export const containersOnHost: Template = {
  id: 'containers-on-host',
  title: 'Containers on a host',
  description: 'OS-level virtualization: four containers isolated by namespaces and cgroup limits share one Linux kernel on a host OS, without a hypervisor.',
  build() {
    const b = new TemplateBuilder();
    const host = b.add('host', { name: 'docker-01', ramGiB: 128, rack: 'R2' }, { at: { x: 0, y: 0 }, columns: 1 });
    const os = b.add('hostOs', { name: 'Ubuntu Server', osName: 'Ubuntu', version: '24.04 LTS', kernel: 'linux' }, { parent: host, columns: 2 });
    const containers = [
      b.add('container', { name: 'nginx', image: 'nginx:1.27', kernel: 'linux', cpuLimit: 1, ramLimitMiB: 512, namespaces: NAMESPACES }, { parent: os }),
      b.add('container', { name: 'api', image: 'node:22-alpine', kernel: 'linux', cpuLimit: 2, ramLimitMiB: 2048, namespaces: NAMESPACES }, { parent: os }),
      b.add('container', { name: 'postgres', image: 'postgres:16', kernel: 'linux', cpuLimit: 4, ramLimitMiB: 8192, namespaces: NAMESPACES }, { parent: os }),
      b.add('container', { name: 'redis', image: 'redis:7', kernel: 'linux', cpuLimit: 1, ramLimitMiB: 1024, namespaces: NAMESPACES }, { parent: os }),
    ];
    const net = b.add('vlan', { name: 'VLAN 30 apps', vlanId: 30, subnet: '10.0.30.0/24', gateway: '10.0.30.1', purpose: 'vm' }, { at: { x: 520, y: 320 } });
    const sw = b.add('physicalSwitch', { name: 'access-switch', ports: 24, speedMbps: 10000, trunkVlans: [30] }, { at: { x: 520, y: 40 } });
    b.connect(host, sw, { mode: 'access', vlans: [30] });
    containers.forEach((c, i) => b.connect(c, net, { ip: `10.0.30.${11 + i}`, mac: `02:42:0a:00:1e:${11 + i}` }));
    return b.build();
  },
};
