import { describe, expect, it } from "vitest";
import { noWorldOpenAdminPorts } from "../../src/policy/rules/no-world-open-admin-ports.js";
import type { Attributes } from "../../src/spec/model.js";
import { context, resource } from "./context.js";

const defaults = noWorldOpenAdminPorts.options.parse({});

function check(address: string, attributes: Attributes, ports?: number[]) {
  const options = ports ? noWorldOpenAdminPorts.options.parse({ ports }) : defaults;
  return noWorldOpenAdminPorts.evaluate(context({ desired: [resource(address, attributes)] }), options);
}

const sg = (ingress: Attributes[]): Attributes => ({ ingress });
const tcp = (from: number, to: number, cidrs: string[], v6: string[] = []): Attributes => ({
  from_port: from,
  to_port: to,
  protocol: "tcp",
  cidr_blocks: cidrs,
  ipv6_cidr_blocks: v6,
});

describe("no_world_open_admin_ports: aws_security_group", () => {
  it.each<[string, Attributes, RegExp[]]>([
    ["ssh to the world", sg([tcp(22, 22, ["0.0.0.0/0"])]), [/ingress\[0\] opens port 22 to 0\.0\.0\.0\/0/]],
    ["https to the world", sg([tcp(443, 443, ["0.0.0.0/0"])]), []],
    ["ssh to an office range", sg([tcp(22, 22, ["203.0.113.0/24"])]), []],
    ["ssh over IPv6 only", sg([tcp(22, 22, [], ["::/0"])]), [/opens port 22 to ::\/0/]],
    ["both families", sg([tcp(22, 22, ["0.0.0.0/0"], ["::/0"])]), [/port 22 to 0\.0\.0\.0\/0 and ::\/0/]],
    ["range covering ssh", sg([tcp(20, 25, ["0.0.0.0/0"])]), [/opens port 22 to/]],
    [
      "range covering several",
      sg([tcp(1000, 6000, ["0.0.0.0/0"])]),
      [/opens ports 1433, 1521, 3306, 3389, 5432 and 5984 to/],
    ],
    ["range just missing ssh", sg([tcp(23, 442, ["0.0.0.0/0"])]), []],
    [
      "protocol -1",
      sg([{ from_port: 0, to_port: 0, protocol: "-1", cidr_blocks: ["0.0.0.0/0"] }]),
      [/opens every port \(including 22, .*\) to 0\.0\.0\.0\/0/],
    ],
    [
      "protocol -1 as a YAML number",
      sg([{ from_port: 0, to_port: 0, protocol: -1, cidr_blocks: ["0.0.0.0/0"] }]),
      [/every port/],
    ],
    [
      "protocol all",
      sg([{ from_port: 0, to_port: 0, protocol: "all", cidr_blocks: ["0.0.0.0/0"] }]),
      [/every port/],
    ],
    ["protocol TCP in capitals", sg([{ ...tcp(22, 22, ["0.0.0.0/0"]), protocol: "TCP" }]), [/port 22/]],
    ["protocol number 6", sg([{ ...tcp(3389, 3389, ["0.0.0.0/0"]), protocol: "6" }]), [/port 3389/]],
    [
      "icmp opens no port",
      sg([{ from_port: 8, to_port: 0, protocol: "icmp", cidr_blocks: ["0.0.0.0/0"] }]),
      [],
    ],
    ["ports as strings", sg([{ ...tcp(0, 0, ["0.0.0.0/0"]), from_port: "22", to_port: "22" }]), [/port 22/]],
    ["tcp with -1 ports means all", sg([tcp(-1, -1, ["0.0.0.0/0"])]), [/every port/]],
    ["reversed range", sg([tcp(25, 20, ["0.0.0.0/0"])]), [/port 22/]],
    ["non-canonical /0", sg([tcp(22, 22, ["10.0.0.0/0"])]), [/port 22 to 10\.0\.0\.0\/0/]],
    [
      "a /1 is half the internet",
      sg([tcp(22, 22, ["0.0.0.0/1"])]),
      [/opens port 22 to 0\.0\.0\.0\/1 \(50% of the IPv4 internet\);/],
    ],
    [
      "one finding per offending entry",
      sg([tcp(22, 22, ["0.0.0.0/0"]), tcp(443, 443, ["0.0.0.0/0"]), tcp(5432, 5432, ["::/0"])]),
      [/ingress\[0\] opens port 22/, /ingress\[2\] opens port 5432/],
    ],
    ["no ingress at all", {}, []],
    ["ingress not a list", { ingress: "oops" }, []],
  ])("%s", (_name, attributes, expected) => {
    const findings = check("aws_security_group.web", attributes);
    expect(findings.map((f) => f.message)).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(findings[i]?.message).toMatch(pattern));
    for (const f of findings) expect(f.address).toBe("aws_security_group.web");
  });

  it("names the address and suggests a safer route in one sentence", () => {
    const [finding] = check("aws_security_group.bastion", sg([tcp(22, 22, ["0.0.0.0/0"])]));
    expect(finding?.message).toBe(
      "aws_security_group.bastion ingress[0] opens port 22 to 0.0.0.0/0; allow it only from your office or VPN range, or use SSM Session Manager.",
    );
  });

  it("ignores egress rules", () => {
    expect(check("aws_security_group.web", { egress: [tcp(22, 22, ["0.0.0.0/0"])] })).toEqual([]);
  });

  it("checks configured ports instead of the defaults", () => {
    const attributes = sg([tcp(8080, 8080, ["0.0.0.0/0"]), tcp(22, 22, ["0.0.0.0/0"])]);
    const findings = check("aws_security_group.web", attributes, [8080]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/ingress\[0\] opens port 8080/);
  });

  it("reads standalone AWS rule resources", () => {
    expect(
      check("aws_security_group_rule.ssh", { type: "ingress", ...tcp(22, 22, ["0.0.0.0/0"]) })[0]?.message,
    ).toMatch(/port 22/);
    expect(check("aws_security_group_rule.ssh", { type: "egress", ...tcp(22, 22, ["0.0.0.0/0"]) })).toEqual(
      [],
    );
    expect(
      check("aws_vpc_security_group_ingress_rule.rdp", {
        ip_protocol: "tcp",
        from_port: 3389,
        to_port: 3389,
        cidr_ipv6: "::/0",
      })[0]?.message,
    ).toMatch(/port 3389 to ::\/0/);
  });
});

describe("no_world_open_admin_ports: google_compute_firewall", () => {
  it.each<[string, Attributes, RegExp[]]>([
    [
      "ssh from anywhere",
      { source_ranges: ["0.0.0.0/0"], allow: [{ protocol: "tcp", ports: ["22"] }] },
      [/allow\[0\] opens port 22 to 0\.0\.0\.0\/0; .*IAP/],
    ],
    [
      "https from anywhere",
      { source_ranges: ["0.0.0.0/0"], allow: [{ protocol: "tcp", ports: ["443"] }] },
      [],
    ],
    [
      "port range string",
      { source_ranges: ["0.0.0.0/0"], allow: [{ protocol: "tcp", ports: ["3000-4000"] }] },
      [/ports 3306 and 3389/],
    ],
    [
      "empty ports mean all",
      { source_ranges: ["0.0.0.0/0"], allow: [{ protocol: "tcp", ports: [] }] },
      [/every port/],
    ],
    [
      "missing ports mean all",
      { source_ranges: ["::/0"], allow: [{ protocol: "udp" }] },
      [/every port .* to ::\/0/],
    ],
    ["protocol all", { source_ranges: ["0.0.0.0/0"], allow: [{ protocol: "all" }] }, [/every port/]],
    ["icmp", { source_ranges: ["0.0.0.0/0"], allow: [{ protocol: "icmp" }] }, []],
    ["internal range", { source_ranges: ["10.0.0.0/8"], allow: [{ protocol: "tcp", ports: ["22"] }] }, []],
    [
      "egress",
      { direction: "EGRESS", source_ranges: ["0.0.0.0/0"], allow: [{ protocol: "tcp", ports: ["22"] }] },
      [],
    ],
    [
      "disabled",
      { disabled: true, source_ranges: ["0.0.0.0/0"], allow: [{ protocol: "tcp", ports: ["22"] }] },
      [],
    ],
    ["deny is not an opening", { source_ranges: ["0.0.0.0/0"], deny: [{ protocol: "all" }] }, []],
    [
      "no source means everyone",
      { allow: [{ protocol: "tcp", ports: ["22"] }] },
      [/port 22 to 0\.0\.0\.0\/0 \(no source given\)/],
    ],
    ["source tags only", { source_tags: ["bastion"], allow: [{ protocol: "tcp", ports: ["22"] }] }, []],
    [
      "each allow entry separately",
      {
        source_ranges: ["0.0.0.0/0"],
        allow: [
          { protocol: "tcp", ports: ["80", "6379"] },
          { protocol: "udp", ports: ["22"] },
        ],
      },
      [/allow\[0\] opens port 6379/, /allow\[1\] opens port 22/],
    ],
  ])("%s", (_name, attributes, expected) => {
    const findings = check("google_compute_firewall.fw", attributes);
    expect(findings).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(findings[i]?.message).toMatch(pattern));
  });
});

describe("no_world_open_admin_ports: azurerm_network_security_group", () => {
  const rule = (overrides: Attributes): Attributes => ({
    name: "ssh",
    priority: 100,
    direction: "Inbound",
    access: "Allow",
    protocol: "Tcp",
    destination_port_range: "22",
    source_address_prefix: "*",
    ...overrides,
  });
  it.each<[string, Attributes, RegExp[]]>([
    ["ssh from *", rule({}), [/security_rule\[0\] "ssh" opens port 22 to \*; .*Azure Bastion/]],
    ["from Internet", rule({ source_address_prefix: "Internet" }), [/to Internet/]],
    ["from Any", rule({ source_address_prefix: "Any" }), [/to Any/]],
    ["from 0.0.0.0/0", rule({ source_address_prefix: "0.0.0.0/0" }), [/to 0\.0\.0\.0\/0/]],
    [
      "from a prefix list",
      rule({ source_address_prefix: null, source_address_prefixes: ["10.0.0.0/8", "0.0.0.0/0"] }),
      [/to 0\.0\.0\.0\/0/],
    ],
    ["from the VNet", rule({ source_address_prefix: "VirtualNetwork" }), []],
    ["deny", rule({ access: "Deny" }), []],
    ["outbound", rule({ direction: "Outbound" }), []],
    ["lower-case values", rule({ direction: "inbound", access: "allow" }), [/port 22/]],
    ["every port", rule({ destination_port_range: "*" }), [/every port/]],
    ["range", rule({ destination_port_range: "3000-3400" }), [/ports 3306 and 3389/]],
    ["comma list", rule({ destination_port_range: "80,443,3389" }), [/opens port 3389/]],
    [
      "port ranges list",
      rule({ destination_port_range: null, destination_port_ranges: ["443", "1433"] }),
      [/opens port 1433/],
    ],
    ["any protocol", rule({ protocol: "*" }), [/port 22/]],
    ["icmp", rule({ protocol: "Icmp", destination_port_range: "*" }), []],
    ["https only", rule({ destination_port_range: "443" }), []],
  ])("%s", (_name, securityRule, expected) => {
    const attributes = { security_rule: [securityRule] };
    const findings = check("azurerm_network_security_group.nsg", attributes);
    expect(findings).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(findings[i]?.message).toMatch(pattern));
  });

  it("reads a standalone azurerm_network_security_rule", () => {
    const findings = check("azurerm_network_security_rule.rdp", rule({ destination_port_range: "3389" }));
    expect(findings[0]?.message).toMatch(/azurerm_network_security_rule\.rdp rule "ssh" opens port 3389/);
  });
});

describe("no_world_open_admin_ports: options", () => {
  it("defaults to the usual admin and database ports", () => {
    expect(defaults.ports).toEqual([22, 3389, 3306, 5432, 1433, 1521, 27017, 6379, 9200, 5984]);
  });

  it.each([[[70000]], [[-1]], [[22.5]], ["22"]])("rejects ports %j", (ports) => {
    expect(noWorldOpenAdminPorts.options.safeParse({ ports }).success).toBe(false);
  });
});

describe("no_world_open_admin_ports: the union of sources", () => {
  const strict = (fraction: number) => noWorldOpenAdminPorts.options.parse({ world_fraction: fraction });
  const judge = (resources: ReturnType<typeof resource>[], options = defaults) =>
    noWorldOpenAdminPorts.evaluate(context({ desired: resources }), options);
  const messages = (resources: ReturnType<typeof resource>[], options = defaults) =>
    judge(resources, options).map((f) => f.message);

  /** The whole of IPv4 as 2^prefix equal blocks, e.g. 256 /8s. */
  const blocks = (prefix: number) =>
    Array.from({ length: 2 ** prefix }, (_, i) => {
      const n = i * 2 ** (32 - prefix);
      return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}/${prefix}`;
    });

  it("fails SSH open to 0.0.0.0/1 plus 128.0.0.0/1, the adversarial review's split", () => {
    expect(
      messages([resource("aws_security_group.web", sg([tcp(22, 22, ["0.0.0.0/1", "128.0.0.0/1"])]))]),
    ).toEqual([
      "aws_security_group.web ingress[0] opens port 22 to 0.0.0.0/1 and 128.0.0.0/1 (together all of the IPv4 internet); allow it only from your office or VPN range, or use SSM Session Manager.",
    ]);
  });

  it("fails the halves split over two rules, even when only the whole space counts", () => {
    const split = resource(
      "aws_security_group.web",
      sg([tcp(22, 22, ["0.0.0.0/1"]), tcp(22, 22, ["128.0.0.0/1"])]),
    );
    // Each half is world-wide on its own at the default 1%: one finding per rule, as they are fixed.
    expect(messages([split])).toEqual([
      expect.stringMatching(/^aws_security_group\.web ingress\[0\] opens port 22 to 0\.0\.0\.0\/1 \(50% of/),
      expect.stringMatching(
        /^aws_security_group\.web ingress\[1\] opens port 22 to 128\.0\.0\.0\/1 \(50% of/,
      ),
    ]);
    expect(messages([split], strict(1))).toEqual([
      "aws_security_group.web ingress[0] and ingress[1] together open port 22 to 0.0.0.0/1 and 128.0.0.0/1 (together all of the IPv4 internet); allow it only from your office or VPN range, or use SSM Session Manager.",
    ]);
  });

  it("fails 256 /8 blocks, each far under the threshold, in one rule or one rule each", () => {
    const oneRule = resource("aws_security_group.web", sg([tcp(22, 22, blocks(8))]));
    expect(messages([oneRule])).toEqual([
      expect.stringContaining(
        "ingress[0] opens port 22 to 0.0.0.0/8, 1.0.0.0/8, 2.0.0.0/8 and 253 more (together all of the IPv4 internet);",
      ),
    ]);
    const manyRules = resource("aws_security_group.web", sg(blocks(8).map((b) => tcp(22, 22, [b]))));
    expect(messages([manyRules])).toEqual([
      expect.stringContaining(
        "aws_security_group.web ingress[0], ingress[1], ingress[2] and 253 more rules together open port 22 to 0.0.0.0/8, 1.0.0.0/8, 2.0.0.0/8 and 253 more (together all of the IPv4 internet);",
      ),
    ]);
    expect(messages([manyRules], strict(1))).toHaveLength(1);
  });

  it("fails everything but one address, unless only the whole space counts", () => {
    // 0.0.0.0/1, 128.0.0.0/2, ... 255.255.255.254/32: all of IPv4 except 255.255.255.255.
    const texts = Array.from({ length: 32 }, (_, i) => {
      const start = Number(((1n << 32n) - (1n << BigInt(32 - i))) & 0xffffffffn);
      return `${(start >>> 24) & 255}.${(start >>> 16) & 255}.${(start >>> 8) & 255}.${start & 255}/${i + 1}`;
    });
    const almost = [resource("aws_security_group.web", sg([tcp(22, 22, texts)]))];
    expect(messages(almost)).toHaveLength(1);
    expect(messages(almost, strict(0.99))).toEqual([
      expect.stringContaining(
        "opens port 22 to 0.0.0.0/1, 128.0.0.0/2, 192.0.0.0/3 and 29 more (together nearly all of the IPv4 internet);",
      ),
    ]);
    expect(messages(almost, strict(1))).toEqual([]);
  });

  it("fails IPv6 halves, and knows which half holds the internet", () => {
    const halves = resource("aws_security_group.web", sg([tcp(22, 22, [], ["::/1", "8000::/1"])]));
    expect(messages([halves])).toEqual([
      expect.stringContaining("opens port 22 to ::/1 (all of the IPv6 internet);"),
    ]);
    const unicastHalves = resource(
      "aws_security_group.web",
      sg([tcp(3389, 3389, [], ["2000::/4"]), tcp(3389, 3389, [], ["3000::/4"])]),
    );
    expect(messages([unicastHalves], strict(1))).toEqual([
      expect.stringContaining(
        "ingress[0] and ingress[1] together open port 3389 to 2000::/4 and 3000::/4 (together all of the IPv6 internet);",
      ),
    ]);
    expect(messages([resource("aws_security_group.web", sg([tcp(22, 22, [], ["2000::/3"])]))])).toEqual([
      expect.stringContaining("to 2000::/3 (all of the IPv6 internet)"),
    ]);
    // No address in 8000::/1 is allocated: it opens the port to nobody on the internet.
    expect(messages([resource("aws_security_group.web", sg([tcp(22, 22, [], ["8000::/1"])]))])).toEqual([]);
  });

  it("passes the legitimate case: two office ranges, a VPN over IPv6 and the private ranges", () => {
    const office = resource(
      "aws_security_group.bastion",
      sg([
        tcp(22, 22, ["203.0.113.0/24", "198.51.100.0/24"], ["2001:db8:1234::/48"]),
        tcp(22, 22, ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"]),
        tcp(443, 443, ["0.0.0.0/0"], ["::/0"]),
      ]),
    );
    expect(messages([office])).toEqual([]);
    // The private ranges add up to about 0.5% of IPv4: still fine at a stricter threshold.
    expect(messages([office], strict(0.006))).toEqual([]);
  });

  it("adds up rules per port: a range that covers the port counts, one that does not is left out", () => {
    const union = (second: Attributes) =>
      messages([resource("aws_security_group.web", sg([tcp(0, 1000, ["0.0.0.0/1"]), second]))], strict(1));
    expect(union(tcp(22, 22, ["128.0.0.0/1"]))).toEqual([
      expect.stringContaining("together open port 22 to"),
    ]);
    expect(union(tcp(20, 30, ["128.0.0.0/1"]))).toEqual([
      expect.stringContaining("together open port 22 to"),
    ]);
    expect(union(tcp(3389, 3389, ["128.0.0.0/1"]))).toEqual([]);
    expect(union({ protocol: "-1", from_port: 0, to_port: 0, cidr_blocks: ["128.0.0.0/1"] })).toEqual([
      expect.stringContaining("ingress[0] and ingress[1] together open port 22 to 0.0.0.0/1 and 128.0.0.0/1"),
    ]);
    expect(union({ protocol: "icmp", from_port: -1, to_port: -1, cidr_blocks: ["128.0.0.0/1"] })).toEqual([]);
  });

  it("ignores sources that are not addresses", () => {
    const odd = sg([tcp(22, 22, ["sg-0123456789abcdef0", "garbage", "0.0.0.0/1"])]);
    expect(messages([resource("aws_security_group.web", odd)], strict(1))).toEqual([]);
  });

  it("counts a malformed address (0/0) as the whole internet, failing closed", () => {
    const odd = sg([tcp(22, 22, ["0/0"])]);
    expect(messages([resource("aws_security_group.web", odd)], strict(1))).toHaveLength(1);
  });

  it("adds up a security group's inline rules and the standalone rules that name it", () => {
    const group = resource("aws_security_group.web", sg([tcp(22, 22, ["0.0.0.0/1"])]));
    const extra = resource("aws_security_group_rule.more", {
      type: "ingress",
      security_group: "ref(aws_security_group.web)",
      ...tcp(22, 22, ["128.0.0.0/1"]),
    });
    const findings = judge([group, extra], strict(1));
    expect(findings.map((f) => [f.address, f.message])).toEqual([
      [
        "aws_security_group.web",
        expect.stringContaining(
          "aws_security_group.web ingress[0] and aws_security_group_rule.more rule together open port 22 to 0.0.0.0/1 and 128.0.0.0/1",
        ),
      ],
    ]);
  });

  it("adds up the security groups one resource wears together", () => {
    const a = resource("aws_security_group.a", sg([tcp(22, 22, ["0.0.0.0/1"])]));
    const b = resource("aws_security_group.b", sg([tcp(22, 22, ["128.0.0.0/1"])]));
    const web = resource("aws_instance.web", {
      security_groups: ["ref(aws_security_group.a)", "ref(aws_security_group.b)"],
    });
    const alone = resource("aws_instance.other", { security_groups: ["ref(aws_security_group.a)"] });
    expect(judge([a, b, web, alone], strict(1)).map((f) => [f.address, f.message])).toEqual([
      [
        "aws_instance.web",
        "aws_instance.web is open on port 22 to 0.0.0.0/1 and 128.0.0.0/1 (together all of the IPv4 internet) through its security groups together (aws_security_group.a ingress[0] and aws_security_group.b ingress[0]); allow it only from your office or VPN range, or use SSM Session Manager.",
      ],
    ]);
    // At the default threshold each group is reported on its own, and not again on the instance.
    expect(judge([a, b, web, alone]).map((f) => f.address)).toEqual([
      "aws_security_group.a",
      "aws_security_group.b",
    ]);
    const counted = [0, 1].map((i) =>
      resource(`aws_instance.pool[${i}]`, {
        security_groups: ["ref(aws_security_group.b)", "ref(aws_security_group.a)"],
      }),
    );
    expect(judge([a, b, ...counted], strict(1)).map((f) => f.address)).toEqual([
      "aws_instance.pool[0]",
      "aws_instance.pool[1]",
    ]);
    const db = resource("aws_db_instance.orders", {
      vpc_security_groups: ["ref(aws_security_group.a)", "ref(aws_security_group.b)"],
    });
    expect(judge([a, b, db], strict(1)).map((f) => f.address)).toEqual(["aws_db_instance.orders"]);
  });

  it("adds up the firewall rules of one GCP network, and keeps networks apart", () => {
    const fw = (name: string, network: string, range: string) =>
      resource(`google_compute_firewall.${name}`, {
        network: `ref(google_compute_network.${network})`,
        source_ranges: [range],
        allow: [{ protocol: "tcp", ports: ["22"] }],
      });
    expect(messages([fw("a", "main", "0.0.0.0/1"), fw("b", "main", "128.0.0.0/1")], strict(1))).toEqual([
      "google_compute_firewall.a allow[0] and google_compute_firewall.b allow[0] together open port 22 to 0.0.0.0/1 and 128.0.0.0/1 (together all of the IPv4 internet); allow it only from your office or VPN range, or use IAP TCP forwarding.",
    ]);
    expect(messages([fw("a", "main", "0.0.0.0/1"), fw("b", "other", "128.0.0.0/1")], strict(1))).toEqual([]);
    const split = resource("google_compute_firewall.c", {
      source_ranges: ["0.0.0.0/1", "128.0.0.0/1"],
      allow: [{ protocol: "all" }],
    });
    expect(messages([split], strict(1))).toEqual([
      expect.stringContaining("opens every port (including 22,"),
    ]);
  });

  it("adds up an NSG's rules across source_address_prefix and source_address_prefixes", () => {
    const rule = (name: string, priority: number, extra: Attributes): Attributes => ({
      name,
      priority,
      direction: "Inbound",
      access: "Allow",
      protocol: "Tcp",
      destination_port_range: "3000-3400",
      ...extra,
    });
    const nsg = resource("azurerm_network_security_group.nsg", {
      security_rule: [
        rule("low", 100, { source_address_prefix: "0.0.0.0/1" }),
        rule("high", 110, { source_address_prefixes: ["128.0.0.0/2", "192.0.0.0/2"] }),
        rule("vnet", 120, { source_address_prefix: "VirtualNetwork" }),
      ],
    });
    expect(messages([nsg], strict(1))).toEqual([
      'azurerm_network_security_group.nsg security_rule[0] "low" and security_rule[1] "high" together open ports 3306 and 3389 to 0.0.0.0/1, 128.0.0.0/2 and 192.0.0.0/2 (together all of the IPv4 internet); allow them only from your office or VPN range, or use Azure Bastion.',
    ]);
  });

  it("takes a world_fraction between 0 (exclusive) and 1", () => {
    expect(defaults.world_fraction).toBe(0.01);
    for (const bad of [0, -0.5, 1.5, "1"]) {
      expect(noWorldOpenAdminPorts.options.safeParse({ world_fraction: bad }).success).toBe(false);
    }
    expect(noWorldOpenAdminPorts.options.safeParse({ world_fraction: 1 }).success).toBe(true);
  });
});
