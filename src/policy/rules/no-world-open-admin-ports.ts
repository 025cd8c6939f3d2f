/**
 * no_world_open_admin_ports (on by default, fail): no admin or database port open to the world.
 *
 * The rule judges the union of sources, not one CIDR at a time: everything a firewall scope (a
 * security group with the standalone rules that name it, an NSG, all the firewall rules of one GCP
 * network) admits to a port, over all its rules, all their CIDRs and both address families, and
 * again over the security groups that one AWS resource wears together. A union that admits
 * `world_fraction` (default 1%) or more of the IPv4 or the IPv6 internet counts as the world, so
 * `0.0.0.0/1` plus `128.0.0.0/1`, or 256 /8s, fail just as `0.0.0.0/0` does. Deny rules and
 * priorities are not read, which errs towards reporting an exposure.
 *
 * Checkov: CKV_AWS_24 and CKV_AWS_25 (security groups, SSH and RDP), CKV_GCP_2 and CKV_GCP_3
 * (firewalls), CKV_AZURE_10 and CKV_AZURE_9 (NSGs); each of those looks for `0.0.0.0/0` in one rule.
 */
import { z } from "zod";
import type { DesiredResource } from "../../spec/model.js";
import { FAMILIES, type Family } from "../cidr.js";
import { attachedScopes, readFirewall, type IngressRule, type PortRange } from "../ingress.js";
import { defineRule } from "../rule.js";
import type { RuleFinding } from "../rule.js";
import { describeSources, isWorldOpen, worldFractionOption, type Source } from "../world.js";
import { joinWords } from "../words.js";

export const DEFAULT_ADMIN_PORTS = [22, 3389, 3306, 5432, 1433, 1521, 27017, 6379, 9200, 5984];

/** The managed way in for each cloud, so the message offers something better than an open port. */
function remoteAccessHint(type: string): string {
  if (type.startsWith("aws_")) return "use SSM Session Manager";
  if (type.startsWith("google_")) return "use IAP TCP forwarding";
  if (type.startsWith("azurerm_")) return "use Azure Bastion";
  return "use a bastion or VPN";
}

function covers(ranges: PortRange[], port: number): boolean {
  return ranges.some((r) => r.from <= port && port <= r.to);
}

/** One inbound rule and the resource it sits in; `order` keeps findings in spec order. */
interface Entry extends IngressRule {
  address: string;
  type: string;
  order: number;
}

/** Entries to blame for one set of ports, with the families in which they admit the world. */
interface Blame {
  entries: Entry[];
  ports: Map<Family, number[]>;
}

const exposureKey = (port: number, family: Family) => `${port}/${family}`;

function sourcesIn(entries: readonly Entry[], family: Family): Source[] {
  return entries.flatMap((e) => e.sources.filter((s) => s.ranges.some((r) => r.family === family)));
}

/**
 * Who opens which watched port to the world. A rule that is world-wide on its own is blamed alone
 * (one finding per rule, as a reader fixes them); only when no single rule is, the rules whose
 * sources add up to the world are blamed together.
 */
function blame(entries: Entry[], watched: number[], fraction: number, skip: Set<string>): Blame[] {
  const blames = new Map<string, Blame>();
  for (const port of watched) {
    const open = entries.filter((e) => covers(e.ports, port));
    for (const family of FAMILIES) {
      if (skip.has(exposureKey(port, family))) continue;
      const alone = open.filter((e) => isWorldOpen(e.sources, family, fraction));
      const culprits =
        alone.length > 0
          ? alone.map((e) => [e])
          : isWorldOpen(sourcesIn(open, family), family, fraction)
            ? [open.filter((e) => sourcesIn([e], family).length > 0)]
            : [];
      for (const group of culprits) {
        const key = group.map((e) => e.order).join(",");
        const found = blames.get(key) ?? { entries: group, ports: new Map<Family, number[]>() };
        found.ports.set(family, [...(found.ports.get(family) ?? []), port]);
        blames.set(key, found);
      }
    }
  }
  return [...blames.values()].sort((a, b) => a.entries[0]!.order - b.entries[0]!.order);
}

const SHOWN_RULES = 4;

/** "aws_security_group.web ingress[0] and ingress[2]": a few rules by name, each resource named once. */
function describeEntries(entries: Entry[]): string {
  const shown = entries.length > SHOWN_RULES ? entries.slice(0, SHOWN_RULES - 1) : entries;
  const labels = shown.map((e, i) =>
    shown[i - 1]?.address === e.address ? e.where : `${e.address} ${e.where}`,
  );
  if (shown.length < entries.length) labels.push(`${entries.length - shown.length} more rules`);
  return joinWords(labels);
}

/** One finding per blamed set of rules; `wearer` is the resource wearing several groups at once. */
function findingsFor(blames: Blame[], fraction: number, wearer?: DesiredResource): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const { entries, ports } of blames) {
    // Families that expose the same ports share a sentence ("to 0.0.0.0/0 and ::/0").
    const byPorts = new Map<string, { open: number[]; families: Family[] }>();
    for (const [family, open] of ports) {
      const key = open.join(",");
      const group = byPorts.get(key) ?? { open, families: [] };
      group.families.push(family);
      byPorts.set(key, group);
    }
    for (const { open, families } of byPorts.values()) {
      const to = describeSources(
        entries.flatMap((e) => e.sources),
        fraction,
        families,
      );
      const everyPort = entries.every((e) => e.ports.some((r) => r.from === 0 && r.to === 65535));
      const what = everyPort
        ? `every port (including ${joinWords(open.map(String))})`
        : `${open.length === 1 ? "port" : "ports"} ${joinWords(open.map(String))}`;
      const fix = `allow ${open.length === 1 ? "it" : "them"} only from your office or VPN range, or ${remoteAccessHint(entries[0]!.type)}`;
      const rules = describeEntries(entries);
      if (wearer) {
        findings.push({
          address: wearer.address,
          message: `${wearer.address} is open on ${what} to ${to} through its security groups together (${rules}); ${fix}.`,
        });
      } else {
        findings.push({
          address: entries[0]!.address,
          message: `${rules} ${entries.length === 1 ? "opens" : "together open"} ${what} to ${to}; ${fix}.`,
        });
      }
    }
  }
  return findings;
}

export const noWorldOpenAdminPorts = defineRule({
  id: "no_world_open_admin_ports",
  description:
    "No firewall or security group may open an admin or database port (SSH, RDP, databases) to the whole internet, however its sources are split.",
  enabledByDefault: true,
  options: z.strictObject({
    ports: z.array(z.number().int().min(0).max(65535)).default(() => [...DEFAULT_ADMIN_PORTS]),
    world_fraction: worldFractionOption,
  }),
  evaluate(ctx, { ports, world_fraction: fraction }) {
    const watched = [...new Set(ports)].sort((a, b) => a - b);
    const scopes = new Map<string, Entry[]>();
    let order = 0;
    for (const resource of ctx.desired) {
      const firewall = readFirewall(resource);
      if (!firewall) continue;
      const entries = firewall.rules.map((rule) => ({
        ...rule,
        address: resource.address,
        type: resource.type,
        order: order++,
      }));
      // Appended in place: copying the scope's list for each firewall was quadratic in the firewall
      // rules of one scope (every google_compute_firewall of a network shares it).
      const inScope = scopes.get(firewall.scope);
      if (inScope) for (const entry of entries) inScope.push(entry);
      else scopes.set(firewall.scope, entries);
    }

    const findings: RuleFinding[] = [];
    const exposed = new Map<string, Set<string>>();
    for (const [scope, entries] of scopes) {
      const blames = blame(entries, watched, fraction, new Set());
      findings.push(...findingsFor(blames, fraction));
      const keys = blames.flatMap((b) =>
        [...b.ports].flatMap(([family, open]) => open.map((p) => exposureKey(p, family))),
      );
      exposed.set(scope, new Set(keys));
    }

    // Groups worn together add up; what one of them already exposes is reported on that group.
    // Counted instances wear the same groups, so each combination is judged once.
    const combinations = new Map<string, Blame[]>();
    for (const resource of ctx.desired) {
      const worn = attachedScopes(resource)
        .filter((s) => scopes.has(s))
        .sort();
      if (worn.length < 2) continue;
      const key = worn.join("\u0000");
      let blames = combinations.get(key);
      if (!blames) {
        const skip = new Set(worn.flatMap((s) => [...(exposed.get(s) ?? [])]));
        blames = blame(
          worn.flatMap((s) => scopes.get(s) ?? []).sort((a, b) => a.order - b.order),
          watched,
          fraction,
          skip,
        );
        combinations.set(key, blames);
      }
      findings.push(...findingsFor(blames, fraction, resource));
    }
    return findings;
  },
  passMessage: () => "No admin or database port is open to the internet.",
});
