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
    ["/1 halves are not flagged", sg([tcp(22, 22, ["0.0.0.0/1"])]), []],
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
