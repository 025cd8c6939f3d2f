const PROTOCOL_NAMES = {
    "6": "tcp",
    "17": "udp",
    "1": "icmp",
    "58": "icmpv6",
};
function protocolName(p) {
    const lower = (p ?? "-1").toLowerCase();
    return PROTOCOL_NAMES[lower] ?? (lower === "all" ? "-1" : lower);
}
/**
 * "All traffic" carries no ports in EC2; Terraform writes it as 0/0, and so does live state here,
 * so a spec should say `{ protocol: "-1", from_port: 0, to_port: 0 }`.
 */
function ports(protocol, from, to) {
    if (protocol === "-1")
        return [0, 0];
    return [from ?? -1, to ?? -1];
}
function atomsOfPermissions(perms) {
    const out = [];
    for (const p of perms ?? []) {
        const protocol = protocolName(p.IpProtocol);
        const [from, to] = ports(protocol, p.FromPort, p.ToPort);
        for (const r of p.IpRanges ?? []) {
            if (r.CidrIp)
                out.push({ protocol, from, to, cidr: r.CidrIp, v6: false, description: r.Description });
        }
        for (const r of p.Ipv6Ranges ?? []) {
            if (r.CidrIpv6)
                out.push({ protocol, from, to, cidr: r.CidrIpv6, v6: true, description: r.Description });
        }
        // Rules naming other groups or prefix lists have no spec form; they are left alone.
    }
    return out;
}
function atomsOfRules(rules) {
    return rules.flatMap((r) => {
        const protocol = protocolName(r.protocol);
        const [from, to] = ports(protocol, r.from_port, r.to_port);
        const description = r.description === "" ? undefined : r.description;
        return [
            ...r.cidr_blocks.map((cidr) => ({ protocol, from, to, cidr, v6: false, description })),
            ...r.ipv6_cidr_blocks.map((cidr) => ({ protocol, from, to, cidr, v6: true, description })),
        ];
    });
}
const atomKey = (a) => JSON.stringify([a.protocol, a.from, a.to, a.v6, a.cidr, a.description ?? null]);
/**
 * The canonical rule list: one rule per (protocol, ports, description), CIDRs sorted, rules sorted
 * by protocol, ports, CIDRs and description. Order carries no meaning in EC2.
 */
export function rulesFromPermissions(perms) {
    return canonicalRules(atomsOfPermissions(perms));
}
/** A spec's rules in the same canonical form, e.g. to compare with live state. */
export function canonicalSpecRules(rules) {
    return canonicalRules(atomsOfRules(rules));
}
function canonicalRules(atoms) {
    const groups = new Map();
    const seen = new Set();
    for (const a of atoms) {
        const k = atomKey(a);
        if (seen.has(k))
            continue;
        seen.add(k);
        const g = JSON.stringify([a.protocol, a.from, a.to, a.description ?? null]);
        let rule = groups.get(g);
        if (!rule) {
            rule = {
                from_port: a.from,
                to_port: a.to,
                protocol: a.protocol,
                cidr_blocks: [],
                ipv6_cidr_blocks: [],
                ...(a.description !== undefined && { description: a.description }),
            };
            groups.set(g, rule);
        }
        (a.v6 ? rule.ipv6_cidr_blocks : rule.cidr_blocks).push(a.cidr);
    }
    const rules = [...groups.values()];
    for (const r of rules) {
        r.cidr_blocks.sort();
        r.ipv6_cidr_blocks.sort();
    }
    return rules.sort((x, y) => compareKeys(sortKey(x), sortKey(y)));
}
function sortKey(r) {
    return [
        r.protocol,
        r.from_port,
        r.to_port,
        r.cidr_blocks.join(","),
        r.ipv6_cidr_blocks.join(","),
        r.description ?? "",
    ];
}
function compareKeys(a, b) {
    for (let i = 0; i < a.length; i++) {
        const x = a[i];
        const y = b[i];
        if (x === y)
            continue;
        if (typeof x === "number" && typeof y === "number")
            return x - y;
        return String(x) < String(y) ? -1 : 1;
    }
    return 0;
}
/** What to revoke and what to authorise so that `current` becomes `desired`. */
export function ruleChanges(current, desired) {
    const have = atomsOfPermissions(current);
    const want = atomsOfRules(desired);
    const haveKeys = new Set(have.map(atomKey));
    const wantKeys = new Set(want.map(atomKey));
    return {
        revoke: toPermissions(have.filter((a) => !wantKeys.has(atomKey(a)))),
        authorize: toPermissions(dedupe(want).filter((a) => !haveKeys.has(atomKey(a)))),
    };
}
function dedupe(atoms) {
    const seen = new Set();
    return atoms.filter((a) => {
        const k = atomKey(a);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
function toPermissions(atoms) {
    const byPorts = new Map();
    for (const a of atoms) {
        const k = JSON.stringify([a.protocol, a.from, a.to]);
        let p = byPorts.get(k);
        if (!p) {
            p = {
                IpProtocol: a.protocol,
                ...(a.protocol !== "-1" && { FromPort: a.from, ToPort: a.to }),
                IpRanges: [],
                Ipv6Ranges: [],
            };
            byPorts.set(k, p);
        }
        const description = a.description !== undefined ? { Description: a.description } : {};
        if (a.v6)
            p.Ipv6Ranges.push({ CidrIpv6: a.cidr, ...description });
        else
            p.IpRanges.push({ CidrIp: a.cidr, ...description });
    }
    return [...byPorts.values()].map((p) => ({
        ...p,
        ...(p.IpRanges.length === 0 && { IpRanges: undefined }),
        ...(p.Ipv6Ranges.length === 0 && { Ipv6Ranges: undefined }),
    }));
}
/** Rules from a resolved spec attribute; the parser has checked the shape and applied defaults. */
export function rulesFromValue(value) {
    if (!Array.isArray(value))
        return [];
    return value.map((v) => {
        const o = (v ?? {});
        const list = (x) => (Array.isArray(x) ? x.map(String) : []);
        return {
            from_port: Number(o["from_port"]),
            to_port: Number(o["to_port"]),
            protocol: String(o["protocol"]),
            cidr_blocks: list(o["cidr_blocks"]),
            ipv6_cidr_blocks: list(o["ipv6_cidr_blocks"]),
            ...(typeof o["description"] === "string" && { description: o["description"] }),
        };
    });
}
export function rulesToValue(rules) {
    return rules.map((r) => ({ ...r }));
}
