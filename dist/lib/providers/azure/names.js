/**
 * Azure names and ids. A PUT by name is Azure's idempotency key, so names are derived from the
 * environment, the address and a short digest of the idempotency token: a retried create writes
 * the same resource, while a replacement (created before the old one is deleted) gets its own.
 * Subnets carry no tags, so their name also encodes the address, reversibly.
 */
import { createHash } from "node:crypto";
/** Fits every type here, including a Linux VM's computer name (64) and a group (90). */
const MAX_NAME = 60;
export function shortHash(text, length = 6) {
    return createHash("sha256").update(text).digest("hex").slice(0, length);
}
function localPart(address) {
    const dot = address.indexOf(".");
    const local = dot >= 0 ? address.slice(dot + 1) : address;
    const m = /^(.*?)(?:\[(\d+)\])?$/.exec(local);
    return { name: m[1], ...(m[2] !== undefined && { index: m[2] }) };
}
/** `staging` + `azurerm_linux_virtual_machine.web[1]` → `staging-web-1-1a2b3c` (lower-case letters, digits, `-`). */
export function resourceName(environment, address, token) {
    const clean = (s) => s
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, "-")
        .replace(/-{2,}/g, "-")
        .replace(/^-+|-+$/g, "");
    let env = clean(environment).slice(0, 20);
    if (!/^[a-z]/.test(env))
        env = `e${env}`;
    const { name, index } = localPart(address);
    const tail = `-${shortHash(token)}`;
    const room = MAX_NAME - env.length - 1 - tail.length;
    const middle = clean(index === undefined ? name : `${name}-${index}`)
        .slice(0, room)
        .replace(/-+$/, "") || "r";
    return `${env}-${middle}${tail}`;
}
const SUBNET_NAME = /^plg\.([A-Za-z0-9_-]+?)(?:\.(\d+))?\.([0-9a-f]{6})$/;
/** `azurerm_subnet.app[1]` → `plg.app.1.1a2b3c`; the parent network is the environment's. */
export function subnetName(address, token) {
    const { name, index } = localPart(address);
    const out = `plg.${name}${index === undefined ? "" : `.${index}`}.${shortHash(token)}`;
    if (!SUBNET_NAME.test(out) || out.length > 80) {
        throw new Error(`cannot make an Azure subnet name for ${address}`);
    }
    return out;
}
/** The address a generated subnet name encodes; undefined for subnets Plagentic did not name. */
export function subnetAddress(name) {
    const m = SUBNET_NAME.exec(name);
    if (!m)
        return undefined;
    return `azurerm_subnet.${m[1]}${m[2] === undefined ? "" : `[${m[2]}]`}`;
}
/**
 * Azure ids are case-insensitive and the API is not consistent about case (a resource group's
 * name can come back upper-cased inside references), so ids are compared and reported lower-case.
 */
export function canonicalId(id) {
    return (id ?? "").toLowerCase();
}
export function parseId(id) {
    const s = id.split("/").filter(Boolean);
    const lower = s.map((x) => x.toLowerCase());
    if (lower[0] !== "subscriptions" || lower[2] !== "resourcegroups" || s.length < 4)
        return undefined;
    const base = { subscription: s[1], resourceGroup: s[3] };
    if (s.length === 4)
        return { ...base, name: s[3] };
    if (lower[4] !== "providers")
        return undefined;
    if (s.length === 8)
        return { ...base, kind: lower[6], name: s[7] };
    if (s.length === 10)
        return { ...base, kind: lower[8], name: s[9], parent: s[7] };
    return undefined;
}
export function groupId(subscription, group) {
    return canonicalId(`/subscriptions/${subscription}/resourceGroups/${group}`);
}
