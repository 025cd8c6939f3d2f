import { describe, expect, it } from "vitest";
import {
  internetShare,
  mergeRanges,
  parseSource,
  type AddressRange,
  type Family,
} from "../../src/policy/cidr.js";
import { describeShare, describeSources, type Source } from "../../src/policy/world.js";

const V4_LAST = 0xffffffffn;
const V6_LAST = (1n << 128n) - 1n;

function v4(a: number, b: number, c: number, d: number): bigint {
  return BigInt(((a << 24) >>> 0) + (b << 16) + (c << 8) + d);
}

function ranges(...texts: string[]): AddressRange[] {
  return texts.flatMap((t) => parseSource(t) ?? []);
}

function source(text: string): Source {
  return { text, ranges: parseSource(text) ?? [] };
}

/** The whole of IPv4 as 2^n equal blocks, e.g. 256 /8s. */
function blocks(prefix: number): string[] {
  const step = 2 ** (32 - prefix);
  return Array.from({ length: 2 ** prefix }, (_, i) => {
    const n = i * step;
    return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}/${prefix}`;
  });
}

describe("parseSource", () => {
  it.each<[string, AddressRange[]]>([
    ["0.0.0.0/0", [{ family: 4, first: 0n, last: V4_LAST }]],
    [" 0.0.0.0/0 ", [{ family: 4, first: 0n, last: V4_LAST }]],
    ["10.0.0.0/0", [{ family: 4, first: 0n, last: V4_LAST }]],
    ["0.0.0.0/00", [{ family: 4, first: 0n, last: V4_LAST }]],
    ["10.1.2.3/8", [{ family: 4, first: v4(10, 0, 0, 0), last: v4(10, 255, 255, 255) }]],
    ["203.0.113.7", [{ family: 4, first: v4(203, 0, 113, 7), last: v4(203, 0, 113, 7) }]],
    ["128.0.0.0/1", [{ family: 4, first: v4(128, 0, 0, 0), last: V4_LAST }]],
    ["::/0", [{ family: 6, first: 0n, last: V6_LAST }]],
    ["0::0/0", [{ family: 6, first: 0n, last: V6_LAST }]],
    ["8000::/1", [{ family: 6, first: 1n << 127n, last: V6_LAST }]],
    [
      "2001:DB8::/32",
      [{ family: 6, first: 0x20010db8n << 96n, last: (0x20010db8n << 96n) | ((1n << 96n) - 1n) }],
    ],
    ["::ffff:192.0.2.1/128", [{ family: 6, first: 0xffffc0000201n, last: 0xffffc0000201n }]],
    [
      "1:2:3:4:5:6:7:8",
      [{ family: 6, first: 0x00010002000300040005000600070008n, last: 0x00010002000300040005000600070008n }],
    ],
  ])("%s", (text, expected) => {
    expect(parseSource(text)).toEqual(expected);
  });

  it.each(["*", "Internet", "internet", "Any"])("%s admits both families entirely", (text) => {
    expect(parseSource(text)).toEqual([
      { family: 4, first: 0n, last: V4_LAST },
      { family: 6, first: 0n, last: V6_LAST },
    ]);
  });

  it.each(["VirtualNetwork", "AzureLoadBalancer", "sg-0123456789abcdef0", "", "fe80::1%eth0"])(
    "%j is not an address range",
    (text) => {
      expect(parseSource(text)).toBeUndefined();
    },
  );

  // A cloud may read a malformed address more generously than this does: fail closed.
  it.each([
    "0/0",
    "0.0.0.0/0.0.0.0",
    "10.0.0.0/33",
    "2001:db8::/129",
    "256.0.0.0/8",
    "1.2.3/24",
    "10.0.0.0/8/9",
    "::1::/64",
    "1:2:3:4:5:6:7:8:9",
    "1:2:3:4:5:6:7::8:9",
    "12345::/16",
  ])("%j, address-like but malformed, counts as everyone", (text) => {
    expect(parseSource(text)).toEqual([
      { family: 4, first: 0n, last: V4_LAST },
      { family: 6, first: 0n, last: V6_LAST },
    ]);
  });
});

describe("mergeRanges", () => {
  it("joins overlapping and adjacent ranges of one family, in order", () => {
    const merged = mergeRanges(ranges("128.0.0.0/1", "10.0.0.0/8", "0.0.0.0/1", "10.0.0.0/9", "::/0"), 4);
    expect(merged).toEqual([{ family: 4, first: 0n, last: V4_LAST }]);
    expect(mergeRanges(ranges("10.0.0.0/8", "12.0.0.0/8"), 4)).toHaveLength(2);
    expect(mergeRanges(ranges("10.0.0.0/8", "11.0.0.0/8"), 4)).toHaveLength(1);
  });
});

describe("internetShare", () => {
  it.each<[string, string[], Family, number]>([
    ["0.0.0.0/0", ["0.0.0.0/0"], 4, 1],
    ["the /1 halves", ["0.0.0.0/1", "128.0.0.0/1"], 4, 1],
    ["256 /8s", blocks(8), 4, 1],
    ["overlaps count once", ["10.0.0.0/8", "10.0.0.0/9", "10.128.0.0/9"], 4, 1 / 256],
    ["one /1", ["0.0.0.0/1"], 4, 0.5],
    ["the private ranges", ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"], 4, 0.00514],
    ["::/0", ["::/0"], 6, 1],
    ["::/1 holds all of 2000::/3", ["::/1"], 6, 1],
    ["8000::/1 holds none of it", ["8000::/1"], 6, 0],
    ["2000::/3", ["2000::/3"], 6, 1],
    ["half of 2000::/3", ["2000::/4"], 6, 0.5],
    ["IPv6 ranges say nothing of IPv4", ["::/0"], 4, 0],
    ["ULA lies outside", ["fc00::/7"], 6, 0],
  ])("%s", (_name, texts, family, fraction) => {
    expect(internetShare(ranges(...texts), family).fraction).toBeCloseTo(fraction, 5);
  });

  it("counts exactly, so all but one address is not all", () => {
    // 0.0.0.0/1, 128.0.0.0/2, ... 255.255.255.254/32: everything except 255.255.255.255.
    const texts = Array.from({ length: 32 }, (_, i) => {
      const start = Number(((1n << 32n) - (1n << BigInt(32 - i))) & V4_LAST);
      return `${(start >>> 24) & 255}.${(start >>> 16) & 255}.${(start >>> 8) & 255}.${start & 255}/${i + 1}`;
    });
    const share = internetShare(ranges(...texts), 4);
    expect(share.covered).toBe((1n << 32n) - 1n);
    expect(share.covered).toBeLessThan(share.size);
    expect(describeShare(share)).toBe("nearly all");
  });
});

describe("describeShare", () => {
  it.each<[string[], Family, string]>([
    [["0.0.0.0/0"], 4, "all"],
    [["0.0.0.0/1"], 4, "50%"],
    [["0.0.0.0/6"], 4, "1.6%"],
    [["0.0.0.0/2", "64.0.0.0/3"], 4, "37.5%"],
    [["2000::/5"], 6, "25%"],
  ])("%j", (texts, family, expected) => {
    expect(describeShare(internetShare(ranges(...texts), family))).toBe(expected);
  });
});

describe("describeSources", () => {
  it.each<[string[], number, string]>([
    [["0.0.0.0/0"], 0.01, "0.0.0.0/0"],
    [["10.0.0.0/8", "0.0.0.0/0"], 0.01, "0.0.0.0/0"],
    [["0.0.0.0/0", "::/0"], 0.01, "0.0.0.0/0 and ::/0"],
    [["*"], 0.01, "*"],
    [["0.0.0.0/1", "128.0.0.0/1"], 0.01, "0.0.0.0/1 and 128.0.0.0/1 (together all of the IPv4 internet)"],
    [["0.0.0.0/1"], 0.01, "0.0.0.0/1 (50% of the IPv4 internet)"],
    [["::/1", "8000::/1"], 0.01, "::/1 (all of the IPv6 internet)"],
    [blocks(8), 0.01, "0.0.0.0/8, 1.0.0.0/8, 2.0.0.0/8 and 253 more (together all of the IPv4 internet)"],
    [["203.0.113.0/24"], 0.01, ""],
  ])("%j", (texts, fraction, expected) => {
    expect(describeSources(texts.map(source), fraction)).toBe(expected);
  });
});
