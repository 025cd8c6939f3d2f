/**
 * Address arithmetic for firewall sources: CIDRs, bare addresses and the "anyone" keywords parsed
 * into inclusive BigInt intervals, merged, and measured against the internet. Policy judges how
 * much of the internet a set of sources admits, not how each source is spelt, so `0.0.0.0/1` plus
 * `128.0.0.0/1` counts the same as `0.0.0.0/0`. No address library is installed, and the
 * arithmetic is small enough to keep here.
 */

export type Family = 4 | 6;

/** Inclusive bounds, so a /0 fits without a 2^128 sentinel. */
export interface AddressRange {
  family: Family;
  first: bigint;
  last: bigint;
}

export const FAMILIES: readonly Family[] = [4, 6];

const BITS: Record<Family, bigint> = { 4: 32n, 6: 128n };

function whole(family: Family): AddressRange {
  return { family, first: 0n, last: (1n << BITS[family]) - 1n };
}

/** Every address of its family: what `0.0.0.0/0`, `::/0` and `*` admit. */
export function isWholeSpace(range: AddressRange): boolean {
  return range.first === 0n && range.last === whole(range.family).last;
}

/**
 * What each family's internet is. IPv4: every address (the unroutable blocks together are under
 * 1%, too little to matter). IPv6: 2000::/3, the only global unicast space IANA allocates from, so
 * `2000::/3` alone counts as the whole IPv6 internet and `8000::/1` as none of it.
 */
export const INTERNET: Record<Family, AddressRange> = {
  4: whole(4),
  6: { family: 6, first: 0x2000n << 112n, last: (0x4000n << 112n) - 1n },
};

/** Azure's "*", "Internet" and "Any" admit both families. */
const EVERYONE = new Set(["*", "internet", "any"]);

function parseV4(text: string): bigint | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  let value = 0n;
  for (const part of m.slice(1)) {
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = (value << 8n) | BigInt(octet);
  }
  return value;
}

function parseV6(text: string): bigint | undefined {
  let s = text.toLowerCase();
  // An embedded dotted quad (::ffff:192.0.2.1) stands for the last two groups.
  const dotted = /^(.*:)(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/.exec(s);
  if (dotted) {
    const v4 = parseV4(dotted[2]!);
    if (v4 === undefined) return undefined;
    s = `${dotted[1]}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = s.split("::");
  if (halves.length > 2) return undefined;
  const groups = (part: string | undefined) => (part ? part.split(":") : []);
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  let value = 0n;
  for (const group of [...head, ...Array<string>(missing).fill("0"), ...tail]) {
    if (!/^[0-9a-f]{1,4}$/.test(group)) return undefined;
    value = (value << 16n) | BigInt(parseInt(group, 16));
  }
  return value;
}

/**
 * The addresses a source admits: a CIDR (host bits ignored, as clouds do: `10.0.0.0/0` is
 * everyone), a bare address, or one of the "anyone" keywords. A source made only of address
 * characters that still does not parse (`0/0`, `0.0.0.0/0.0.0.0`) fails closed: it counts as
 * everyone, since a cloud may read it more generously than this does. Anything else (a service
 * tag such as `VirtualNetwork`, a security group id) is not an address range: `undefined`.
 */
export function parseSource(text: string): AddressRange[] | undefined {
  const s = text.trim();
  if (EVERYONE.has(s.toLowerCase())) return [whole(4), whole(6)];
  const parsed = parseAddressRange(s);
  if (parsed === undefined && ADDRESS_LIKE.test(s)) return [whole(4), whole(6)];
  return parsed;
}

/** Digits with the punctuation of addresses and prefixes, and nothing else. */
const ADDRESS_LIKE = /^(?=.*\d)[0-9a-fA-F.:/ ]+$/;

/** A CIDR or bare address as one inclusive range, or undefined when it is not one. */
export function parseAddressRange(s: string): AddressRange[] | undefined {
  const parts = s.split("/");
  if (parts.length > 2) return undefined;
  const [address = "", prefixText] = parts;
  const family: Family = address.includes(":") ? 6 : 4;
  const bits = BITS[family];
  let prefix = bits;
  if (prefixText !== undefined) {
    if (!/^\d{1,3}$/.test(prefixText)) return undefined;
    prefix = BigInt(prefixText);
    if (prefix > bits) return undefined;
  }
  const value = family === 4 ? parseV4(address) : parseV6(address);
  if (value === undefined) return undefined;
  const hostMask = (1n << (bits - prefix)) - 1n;
  const first = value & ~hostMask & ((1n << bits) - 1n);
  return [{ family, first, last: first | hostMask }];
}

/** Sorted, with overlapping and adjacent ranges joined. */
export function mergeRanges(ranges: readonly AddressRange[], family: Family): AddressRange[] {
  const sorted = ranges
    .filter((r) => r.family === family)
    .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const merged: AddressRange[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.first <= last.last + 1n) {
      if (r.last > last.last) last.last = r.last;
    } else {
      merged.push({ ...r });
    }
  }
  return merged;
}

export interface InternetShare {
  family: Family;
  /** Addresses of the family's internet that the ranges admit, counting each once. */
  covered: bigint;
  size: bigint;
  /** covered / size, for comparing with a threshold. */
  fraction: number;
}

/** How much of one family's internet the union of `ranges` admits. */
export function internetShare(ranges: readonly AddressRange[], family: Family): InternetShare {
  const internet = INTERNET[family];
  let covered = 0n;
  for (const r of mergeRanges(ranges, family)) {
    const first = r.first > internet.first ? r.first : internet.first;
    const last = r.last < internet.last ? r.last : internet.last;
    if (first <= last) covered += last - first + 1n;
  }
  const size = internet.last - internet.first + 1n;
  // Both are exact; Number() only rounds the ratio, and covered === size still gives exactly 1.
  return { family, covered, size, fraction: Number(covered) / Number(size) };
}
