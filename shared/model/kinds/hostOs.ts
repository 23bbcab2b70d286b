import type { ElementBase } from './common';

export type KernelFamily = 'linux' | 'windows' | 'macos' | 'bsd';

/** An operating system installed directly on a host: needed under a Type-2 hypervisor or containers. */
export interface HostOs extends ElementBase<'hostOs'> {
  osName: string;
  version: string;
  kernel: KernelFamily;
}
