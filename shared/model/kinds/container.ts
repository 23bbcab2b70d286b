import type { ElementBase } from './common';
import type { KernelFamily } from './hostOs';

/** OS-level virtualization: an isolated user space sharing its host's kernel (no hypervisor). */
export interface Container extends ElementBase<'container'> {
  image: string;
  /** Kernel the image needs: a Linux image needs a Linux kernel underneath. */
  kernel: KernelFamily;
  cpuLimit: number;
  ramLimitMiB: number;
  namespaces: string[];
}
