import type { Design } from '../model';
import { vmInventory } from './inventory';

/** Column headings of the VM inventory CSV. */
export const CSV_COLUMNS = ['name', 'host', 'hypervisor', 'vcpu', 'ram_mib', 'networks', 'disks', 'id'] as const;

/**
 * One RFC 4180 field. Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the
 * start) is prefixed with an apostrophe: a name typed in a design must never execute on opening.
 */
function field(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV inventory with one row per VM (name, host, hypervisor, vCPU, RAM, networks, disks); CRLF lines. */
export function toCsv(design: Design): string {
  const rows = vmInventory(design).map((r) =>
    [r.name, r.host, r.hypervisor, r.vcpus, r.ramMiB, r.networks.join('; '), r.disks.join('; '), r.id].map(field).join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
