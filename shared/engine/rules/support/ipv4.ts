/** IPv4 addresses as unsigned 32-bit numbers, and CIDR subnets. */
export interface Cidr { network: number; prefix: number; mask: number; broadcast: number; /** the host bits were zero */ aligned: boolean }

/** Parses "10.0.0.5" to a number, or null. */
export function parseIpv4(s: string): number | null {
  // A hand-rolled scan: this runs once per vNIC in every full validation.
  let n = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 32) start++;
  while (end > start && s.charCodeAt(end - 1) <= 32) end--;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (digits === 0 || ++dots > 3) return null;
      n = n * 256 + part;
      part = 0;
      digits = 0;
    } else if (c >= 48 && c <= 57) {
      part = part * 10 + (c - 48);
      if (++digits > 3 || part > 255) return null;
    } else return null;
  }
  if (dots !== 3 || digits === 0) return null;
  return n * 256 + part;
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
