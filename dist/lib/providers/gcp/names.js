/**
 * Names, ids and labels on GCE. Names follow GCE's rule `[a-z]([-a-z0-9]*[a-z0-9])?` (at most 63
 * characters) and start with the environment, so one server-side filter finds an environment's
 * untaggable resources. Label values allow only `[a-z0-9_-]`, so addresses are escaped reversibly.
 */
import { createHash } from "node:crypto";
const MAX_NAME = 63;
/** `staging` → `staging-`; what every generated name of the environment starts with. */
export function namePrefix(environment) {
    let env = sanitize(environment).slice(0, 24).replace(/-+$/, "");
    if (!/^[a-z]/.test(env))
        env = `e${env}`;
    return `${env}-`;
}
/**
 * A name from environment and address, with a short digest of the idempotency token: a retried
 * create gets the same name, while a replacement (created before the old one is deleted) gets its own.
 */
export function resourceName(environment, address, token) {
    const prefix = namePrefix(environment);
    const tail = `-${shortHash(token)}`;
    const dot = address.indexOf(".");
    const local = sanitize((dot >= 0 ? address.slice(dot + 1) : address).replace(/\[(\d+)\]$/, "-$1"));
    const room = MAX_NAME - prefix.length - tail.length;
    const middle = local.slice(0, room).replace(/-+$/, "") || "r";
    return `${prefix}${middle}${tail}`;
}
/** Server-side list filter for the names `namePrefix` starts (GCE's `eq` takes a regular expression). */
export function nameFilter(environment) {
    return `name eq "${namePrefix(environment)}.*"`;
}
export function shortHash(text, length = 6) {
    return createHash("sha256").update(text).digest("hex").slice(0, length);
}
function sanitize(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, "-")
        .replace(/-{2,}/g, "-")
        .replace(/^-+/, "");
}
/**
 * Reversible label-value escaping: `[a-z0-9_]` stay, every other ASCII character becomes `-` and
 * two hex digits (`google_compute_instance.web[1]` → `google_compute_instance-2eweb-5b1-5d`).
 * Undefined when the result would not fit a label value.
 */
export function encodeLabel(text) {
    let out = "";
    for (const ch of text) {
        if (/[a-z0-9_]/.test(ch))
            out += ch;
        else {
            const code = ch.charCodeAt(0);
            if (code > 0x7f)
                return undefined;
            out += `-${code.toString(16).padStart(2, "0")}`;
        }
    }
    return out.length <= MAX_NAME ? out : undefined;
}
export function decodeLabel(label) {
    let out = "";
    for (let i = 0; i < label.length; i++) {
        const ch = label[i];
        if (ch !== "-") {
            out += ch;
            continue;
        }
        const hex = label.slice(i + 1, i + 3);
        if (!/^[0-9a-f]{2}$/.test(hex))
            return undefined;
        out += String.fromCharCode(parseInt(hex, 16));
        i += 2;
    }
    return out;
}
/** Label keys and values GCE accepts. */
export function isLabelKey(key) {
    return /^[a-z][a-z0-9_-]{0,62}$/.test(key);
}
export function isLabelValue(value) {
    return /^[a-z0-9_-]{0,63}$/.test(value);
}
/**
 * The id Plagentic uses for a GCE resource: its path relative to the API root
 * (`projects/p/zones/z/instances/n`). GCE accepts it wherever a resource URL is expected, and
 * references in API responses (full URLs) reduce to it, so ids and references compare equal.
 */
export function resourcePath(ref) {
    const scope = ref.scope.kind === "global"
        ? "global"
        : ref.scope.kind === "region"
            ? `regions/${ref.scope.region}`
            : `zones/${ref.scope.zone}`;
    return `projects/${ref.project}/${scope}/${collection(ref.kind)}/${ref.name}`;
}
/** A URL (`https://www.googleapis.com/compute/v1/projects/...`) or path reduced to the path form. */
export function relativePath(urlOrPath) {
    return urlOrPath.replace(/^https?:\/\/[^/]+\/compute\/(?:v1|beta|alpha)\//, "");
}
/** The last segment of a URL: a zone, region or machine type name. */
export function lastSegment(url) {
    return url.slice(url.lastIndexOf("/") + 1);
}
const COLLECTIONS = {
    network: "networks",
    subnetwork: "subnetworks",
    firewall: "firewalls",
    instance: "instances",
    disk: "disks",
};
function collection(kind) {
    return COLLECTIONS[kind];
}
export function parseResourcePath(id) {
    const m = /^projects\/([^/]+)\/(?:(global)|regions\/([^/]+)|zones\/([^/]+))\/(networks|subnetworks|firewalls|instances|disks)\/([^/]+)$/.exec(relativePath(id));
    if (!m)
        return undefined;
    const kind = Object.keys(COLLECTIONS).find((k) => COLLECTIONS[k] === m[5]);
    const scope = m[2]
        ? { kind: "global" }
        : m[3]
            ? { kind: "region", region: m[3] }
            : { kind: "zone", zone: m[4] };
    return { project: m[1], kind, scope, name: m[6] };
}
