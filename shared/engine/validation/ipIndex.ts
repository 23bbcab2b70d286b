import type { EdgeId } from '../../model';
import { PagedArray } from './pagedArray';

const NO_LIST: readonly never[] = [];
/** One vNIC's id, or the list when two or more hold the IP (most IPs are held once: no array each). */
type Holders = EdgeId | EdgeId[];

/**
 * The 32-bit value of an IPv4 address written canonically ("10.0.1.10": four decimal parts of 0–255,
 * no leading zeros, no spaces) as a signed integer, or NaN for any other string. Two canonical strings
 * have the same value exactly when they are the same string.
 */
export function canonicalIpv4(s: string): number {
  let n = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (digits === 0 || ++dots > 3) return NaN;
      n = (n << 8) | part;
      part = 0;
      digits = 0;
    } else if (c >= 48 && c <= 57) {
      if (digits === 1 && part === 0) return NaN; // a leading zero
      part = part * 10 + (c - 48);
      if (++digits > 3 || part > 255) return NaN;
    } else return NaN;
  }
  return dots === 3 && digits > 0 ? (n << 8) | part : NaN;
}

/**
 * vNIC IPs and the connections holding them. Canonical IPv4 addresses (all of them in practice) are
 * keyed by their 32-bit value in an open-addressing table of typed arrays; any other string by itself
 * in a Map. A full pass adds 15,000 IPs: a Map keyed by the strings spent ~3 ms growing, rehashing and
 * reading key strings scattered over the heap; integer keys in a flat table cost a fraction of that.
 * Two IPs are one key exactly when they are the same string.
 */
export class IpIndex {
  private keys = new Int32Array(256);
  private used = new Uint8Array(256);
  private vals = new PagedArray<Holders>(256);
  private count = 0;
  /** 32 minus log2 of the table's size: the product's top bits pick the slot (Fibonacci hashing). */
  private shift = 24;
  private readonly others = new Map<string, Holders>();
  /** IPs held by two vNICs or more (the only ones a duplicate check can flag). */
  readonly shared = new Set<string>();

  /** The table slot of a canonical IP's value: where it is, or the empty slot where it would go. */
  private slotOf(key: number): number {
    const mask = this.keys.length - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.used[i] && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  private get(ip: string): Holders | undefined {
    const key = canonicalIpv4(ip);
    if (key !== key) return this.others.get(ip);
    const i = this.slotOf(key);
    return this.used[i] ? this.vals.get(i) : undefined;
  }

  private set(ip: string, v: Holders | undefined): void {
    const key = canonicalIpv4(ip);
    if (key !== key) {
      if (v === undefined) this.others.delete(ip);
      else this.others.set(ip, v);
      return;
    }
    // A key whose last holder goes keeps its slot (no tombstones to manage); growth drops such keys.
    const i = this.slotOf(key);
    if (!this.used[i]) {
      if (v === undefined) return;
      this.used[i] = 1;
      this.keys[i] = key;
      this.vals.set(i, v);
      if (++this.count * 2 > this.keys.length) this.grow();
    } else this.vals.set(i, v);
  }

  /** Makes room for this many IPs in all (a full pass knows how many vNICs it will add: no growth). */
  reserve(n: number): void {
    let size = this.keys.length;
    let shift = this.shift;
    while (n * 2 > size) {
      size *= 2;
      shift--;
    }
    if (size > this.keys.length) this.rehash(size, shift);
  }

  private grow(): void {
    this.rehash(this.keys.length * 2, this.shift - 1);
  }

  private rehash(size: number, shift: number): void {
    const { keys, used, vals } = this;
    this.keys = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.vals = new PagedArray<Holders>(size);
    this.count = 0;
    this.shift = shift;
    for (let j = 0; j < keys.length; j++) {
      if (!used[j] || vals.get(j) === undefined) continue;
      const i = this.slotOf(keys[j]!);
      this.used[i] = 1;
      this.keys[i] = keys[j]!;
      this.vals.set(i, vals.get(j));
      this.count++;
    }
  }

  /** Records that the vNIC `id` holds `ip`. */
  add(ip: string, id: EdgeId): void {
    const a = this.get(ip);
    if (a === undefined) this.set(ip, id);
    else if (typeof a === 'string') {
      this.set(ip, [a, id]);
      this.shared.add(ip);
    } else a.push(id);
  }

  /** Forgets that the vNIC `id` holds `ip`. */
  remove(ip: string, id: EdgeId): void {
    const a = this.get(ip);
    if (a === id) this.set(ip, undefined);
    else if (typeof a === 'object') {
      const i = a.indexOf(id);
      if (i >= 0) a.splice(i, 1);
      if (a.length < 2) {
        this.shared.delete(ip);
        this.set(ip, a.length === 1 ? a[0]! : undefined);
      }
    }
  }

  /** The vNICs holding this IP. */
  holders(ip: string): readonly EdgeId[] {
    const a = this.get(ip);
    return a === undefined ? NO_LIST : typeof a === 'string' ? [a] : a;
  }

  /** Forgets every IP. */
  clear(): void {
    this.keys.fill(0);
    this.used.fill(0);
    this.vals = new PagedArray<Holders>(this.keys.length);
    this.count = 0;
    this.others.clear();
    this.shared.clear();
  }
}
