import { asInteger, asList, asObject, asText, asTexts } from "./attributes.js";
export const ALL_PORTS = { from: 0, to: 65535 };
/** "*", "Internet", "Any" and any /0 prefix: `10.0.0.0/0` covers the world just as `0.0.0.0/0`. */
export function isWorldSource(source) {
    const s = source.trim().toLowerCase();
    if (s === "*" || s === "internet" || s === "any")
        return true;
    return /^[0-9a-f.:]+\/0+$/.test(s);
}
function worldSources(...lists) {
    return lists.flatMap((list) => asTexts(list)).filter(isWorldSource);
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
    const sources = worldSources(entry.cidr_blocks, entry.ipv6_cidr_blocks);
    if (sources.length === 0)
        return [];
    return [{ where, sources, ports: awsPorts(protocolName(entry.protocol), entry.from_port, entry.to_port) }];
}
function gcpFirewall(attributes) {
    const direction = (asText(attributes.direction) ?? "INGRESS").trim().toUpperCase();
    if (direction !== "INGRESS" || attributes.disabled === true)
        return [];
    let sources = worldSources(attributes.source_ranges);
    const noSource = [
        attributes.source_ranges,
        attributes.source_tags,
        attributes.source_service_accounts,
    ].every((v) => asList(v).length === 0);
    // GCP admits every address when an ingress rule names no source at all.
    if (noSource)
        sources = ["0.0.0.0/0 (no source given)"];
    if (sources.length === 0)
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
        return [{ where: `allow[${i}]`, sources, ports }];
    });
}
function azureRule(rule, where) {
    const direction = (asText(rule.direction) ?? "").trim().toLowerCase();
    const access = (asText(rule.access) ?? "").trim().toLowerCase();
    if (direction !== "inbound" || access !== "allow")
        return [];
    const sources = worldSources(rule.source_address_prefix, rule.source_address_prefixes);
    if (sources.length === 0)
        return [];
    const protocol = protocolName(rule.protocol);
    let ports = [];
    if (EVERY_PROTOCOL.has(protocol) || PORTED.has(protocol)) {
        const listed = asTexts(rule.destination_port_range).concat(asTexts(rule.destination_port_ranges));
        ports = listed.length === 0 ? [ALL_PORTS] : listed.flatMap(parsePorts);
    }
    const name = asText(rule.name);
    return [{ where: name ? `${where} "${name}"` : where, sources, ports }];
}
const readers = {
    aws_security_group: (a) => asList(a.ingress).flatMap((item, i) => {
        const entry = asObject(item);
        return entry ? awsIngressEntry(entry, `ingress[${i}]`) : [];
    }),
    aws_security_group_rule: (a) => (asText(a.type) ?? "").toLowerCase() === "ingress" ? awsIngressEntry(a, "rule") : [],
    aws_vpc_security_group_ingress_rule: (a) => {
        const sources = worldSources(a.cidr_ipv4, a.cidr_ipv6);
        if (sources.length === 0)
            return [];
        return [{ where: "rule", sources, ports: awsPorts(protocolName(a.ip_protocol), a.from_port, a.to_port) }];
    },
    google_compute_firewall: gcpFirewall,
    azurerm_network_security_group: (a) => asList(a.security_rule).flatMap((item, i) => {
        const rule = asObject(item);
        return rule ? azureRule(rule, `security_rule[${i}]`) : [];
    }),
    azurerm_network_security_rule: (a) => azureRule(a, "rule"),
};
/** Inbound rules of `resource` open to the world; empty for types that are not firewalls. */
export function worldIngress(resource) {
    return readers[resource.type]?.(resource.attributes) ?? [];
}
