/**
 * Inbound rules read from each cloud's firewall resources and brought to one shape: where the rule
 * sits, the ports it opens and every source it admits. Adding a firewall type means adding a reader
 * to `readers`.
 */
import { refTarget } from "../spec/model.js";
import { asInteger, asList, asObject, asText, asTexts } from "./attributes.js";
import { parseSource } from "./cidr.js";
export const ALL_PORTS = { from: 0, to: 65535 };
function sources(...lists) {
    return lists
        .flatMap((list) => asTexts(list))
        .map((text) => ({ text: text.trim(), ranges: parseSource(text) ?? [] }));
}
/** The resource a standalone rule belongs to: a `ref(...)` in the spec, or a cloud id or name. */
function owner(attributes, keys, fallback) {
    for (const key of keys) {
        const value = attributes[key];
        const text = value === undefined ? undefined : (refTarget(value) ?? asText(value));
        if (text)
            return text;
    }
    return fallback;
}
function range(a, b) {
    const from = Math.max(0, Math.min(a, b));
    const to = Math.min(65535, Math.max(a, b));
    return { from, to };
}
/**
 * One port expression: "22", "1000-2000", "*", or a comma list of those. Text that is not a port
 * expression yields nothing; spec validation reports it, and guessing here would mislead.
 */
export function parsePorts(text) {
    const out = [];
    for (const part of text.split(",")) {
        const p = part.trim();
        if (p === "*")
            out.push(ALL_PORTS);
        else if (/^\d+$/.test(p))
            out.push(range(Number(p), Number(p)));
        else {
            const m = /^(\d+)\s*-\s*(\d+)$/.exec(p);
            if (m)
                out.push(range(Number(m[1]), Number(m[2])));
        }
    }
    return out;
}
function protocolName(value) {
    return (asText(value) ?? "").trim().toLowerCase();
}
/** Protocols whose rules carry ports. Anything else (icmp, esp, gre, 50...) opens no port. */
const PORTED = new Set(["tcp", "udp", "sctp", "6", "17", "132"]);
const EVERY_PROTOCOL = new Set(["-1", "all", "*", "any"]);
/**
 * AWS from_port/to_port. A missing bound or -1 opens that side fully: it errs towards reporting
 * an exposure rather than hiding one.
 */
function awsPorts(protocol, fromPort, toPort) {
    if (EVERY_PROTOCOL.has(protocol))
        return [ALL_PORTS];
    if (!PORTED.has(protocol))
        return [];
    const from = asInteger(fromPort);
    const to = asInteger(toPort);
    return [range(from === undefined || from < 0 ? 0 : from, to === undefined || to < 0 ? 65535 : to)];
}
function awsIngressEntry(entry, where) {
    const admitted = sources(entry.cidr_blocks, entry.ipv6_cidr_blocks);
    if (admitted.length === 0)
        return [];
    const ports = awsPorts(protocolName(entry.protocol), entry.from_port, entry.to_port);
    return [{ where, sources: admitted, ports }];
}
function gcpRules(attributes) {
    const direction = (asText(attributes.direction) ?? "INGRESS").trim().toUpperCase();
    if (direction !== "INGRESS" || attributes.disabled === true)
        return [];
    let admitted = sources(attributes.source_ranges);
    const noSource = [
        attributes.source_ranges,
        attributes.source_tags,
        attributes.source_service_accounts,
    ].every((v) => asList(v).length === 0);
    // GCP admits every address when an ingress rule names no source at all.
    if (noSource)
        admitted = [{ text: "0.0.0.0/0 (no source given)", ranges: parseSource("0.0.0.0/0") ?? [] }];
    if (admitted.length === 0)
        return [];
    return asList(attributes.allow).flatMap((item, i) => {
        const allow = asObject(item);
        if (!allow)
            return [];
        const protocol = protocolName(allow.protocol);
        let ports = [];
        if (EVERY_PROTOCOL.has(protocol))
            ports = [ALL_PORTS];
        else if (PORTED.has(protocol)) {
            const listed = asTexts(allow.ports);
            ports = listed.length === 0 ? [ALL_PORTS] : listed.flatMap(parsePorts);
        }
        return [{ where: `allow[${i}]`, sources: admitted, ports }];
    });
}
function azureRule(rule, where) {
    const direction = (asText(rule.direction) ?? "").trim().toLowerCase();
    const access = (asText(rule.access) ?? "").trim().toLowerCase();
    if (direction !== "inbound" || access !== "allow")
        return [];
    const admitted = sources(rule.source_address_prefix, rule.source_address_prefixes);
    if (admitted.length === 0)
        return [];
    const protocol = protocolName(rule.protocol);
    let ports = [];
    if (EVERY_PROTOCOL.has(protocol) || PORTED.has(protocol)) {
        const listed = asTexts(rule.destination_port_range).concat(asTexts(rule.destination_port_ranges));
        ports = listed.length === 0 ? [ALL_PORTS] : listed.flatMap(parsePorts);
    }
    const name = asText(rule.name);
    return [{ where: name ? `${where} "${name}"` : where, sources: admitted, ports }];
}
// Standalone rule types are not in the shipped registry, but an SDK caller may register them;
// their owner attribute is read with and without Terraform's `_id`/`_name` suffix.
const readers = {
    aws_security_group: (a, address) => ({
        scope: address,
        rules: asList(a.ingress).flatMap((item, i) => {
            const entry = asObject(item);
            return entry ? awsIngressEntry(entry, `ingress[${i}]`) : [];
        }),
    }),
    aws_security_group_rule: (a, address) => ({
        scope: owner(a, ["security_group", "security_group_id"], address),
        rules: (asText(a.type) ?? "").toLowerCase() === "ingress" ? awsIngressEntry(a, "rule") : [],
    }),
    aws_vpc_security_group_ingress_rule: (a, address) => {
        const admitted = sources(a.cidr_ipv4, a.cidr_ipv6);
        const ports = awsPorts(protocolName(a.ip_protocol), a.from_port, a.to_port);
        return {
            scope: owner(a, ["security_group", "security_group_id"], address),
            rules: admitted.length === 0 ? [] : [{ where: "rule", sources: admitted, ports }],
        };
    },
    google_compute_firewall: (a, address) => {
        const network = owner(a, ["network"], "");
        return { scope: network ? `network ${network}` : address, rules: gcpRules(a) };
    },
    azurerm_network_security_group: (a, address) => ({
        scope: address,
        rules: asList(a.security_rule).flatMap((item, i) => {
            const rule = asObject(item);
            return rule ? azureRule(rule, `security_rule[${i}]`) : [];
        }),
    }),
    azurerm_network_security_rule: (a, address) => ({
        scope: owner(a, ["network_security_group", "network_security_group_name"], address),
        rules: azureRule(a, "rule"),
    }),
};
/** The inbound rules of `resource`, or undefined for a type that is not a firewall. */
export function readFirewall(resource) {
    return readers[resource.type]?.(resource.attributes, resource.address);
}
/**
 * Where a resource wears several security groups at once. AWS admits traffic that any one of an
 * interface's groups allows, so the groups' sources add up just as a single group's rules do.
 * (Azure evaluates a subnet's and a NIC's NSG one after the other, so theirs do not.)
 */
const ATTACHMENTS = ["security_groups", "vpc_security_groups"];
/** The firewall scopes `resource` is attached to through its security group references. */
export function attachedScopes(resource) {
    // Written as loops: the rule asks this of every resource in the environment.
    const scopes = new Set();
    for (const key of ATTACHMENTS) {
        for (const value of asList(resource.attributes[key])) {
            const target = refTarget(value) ?? asText(value);
            if (target)
                scopes.add(target);
        }
    }
    return [...scopes];
}
