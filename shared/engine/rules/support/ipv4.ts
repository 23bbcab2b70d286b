/** IPv4 addresses as unsigned 32-bit numbers, and CIDR subnets. */
export interface Cidr { network: number; prefix: number; mask: number; broadcast: number; /** the host bits were zero */ aligned: boolean }

/** Parses "10.0.0.5" to a number, or null. */
export function parseIpv4(s: string): number | null {
  const parts = s.trim().split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return null;
    const v = Number(p);
    if (v > 255) return null;
    n = n * 256 + v;
  }
  return n;
}

/** Formats a number as dotted quad. */
export function formatIpv4(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** Parses "10.0.10.0/24", or null when it is not CIDR notation. */
export function parseCidr(s: string): Cidr | null {
  const [ip, bits, extra] = s.trim().split('/');
  if (extra !== undefined || ip === undefined || bits === undefined || !/^\d{1,2}$/.test(bits)) return null;
  const addr = parseIpv4(ip);
  const prefix = Number(bits);
  if (addr === null || prefix > 32) return null;
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  const network = (addr & mask) >>> 0;
  return { network, prefix, mask, broadcast: (network | (~mask >>> 0)) >>> 0, aligned: network === addr };
}

/** Is the address inside the subnet? */
export const inCidr = (ip: number, c: Cidr): boolean => ((ip & c.mask) >>> 0) === c.network;

/** Is it the subnet's network or broadcast address (not usable by a host, /31 and /32 aside)? */
export const isReservedInCidr = (ip: number, c: Cidr): boolean => c.prefix < 31 && (ip === c.network || ip === c.broadcast);

/** "10.0.10.0/24" -> "10.0.10.0/24" written canonically with its network address. */
export const formatCidr = (c: Cidr): string => `${formatIpv4(c.network)}/${c.prefix}`;
