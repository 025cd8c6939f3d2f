import { ProviderOperationError } from "../provider.js";
import { lastSegment, relativePath } from "./names.js";
/** Optional properties GCE fills in when the spec leaves them out (see omitted.ts). */
export const OMITTABLE = {
    google_compute_network: [],
    google_compute_subnetwork: ["region"],
    google_compute_firewall: ["source_ranges", "destination_ranges", "source_tags", "target_tags"],
    google_compute_instance: ["zone", "network", "subnetwork", "boot_disk.size", "boot_disk.type"],
    google_compute_disk: ["zone", "size"],
};
export function str(attrs, key) {
    const v = attrs[key];
    return typeof v === "string" ? v : undefined;
}
function bool(attrs, key, fallback) {
    const v = attrs[key];
    return typeof v === "boolean" ? v : fallback;
}
function strings(attrs, key) {
    const v = attrs[key];
    return Array.isArray(v) ? v.map(String) : undefined;
}
// ---- networks
export function networkBody(name, attrs, description) {
    return {
        name,
        description,
        autoCreateSubnetworks: bool(attrs, "auto_create_subnetworks", true),
        routingConfig: { routingMode: str(attrs, "routing_mode") ?? "REGIONAL" },
    };
}
export function networkAttributes(n, userDescription) {
    return {
        auto_create_subnetworks: n.autoCreateSubnetworks ?? false,
        routing_mode: n.routingConfig?.routingMode ?? "REGIONAL",
        ...(userDescription !== undefined && { description: userDescription }),
    };
}
// ---- subnetworks
export function subnetworkBody(name, attrs, description) {
    return {
        name,
        description,
        network: str(attrs, "network") ?? null,
        ipCidrRange: str(attrs, "ip_cidr_range") ?? null,
        privateIpGoogleAccess: bool(attrs, "private_ip_google_access", false),
    };
}
export function subnetworkAttributes(s) {
    return {
        network: relativePath(s.network ?? ""),
        ip_cidr_range: s.ipCidrRange ?? "",
        region: lastSegment(s.region ?? ""),
        private_ip_google_access: s.privateIpGoogleAccess ?? false,
    };
}
function rulesBody(value) {
    if (!Array.isArray(value))
        return [];
    return value.map((r) => {
        const rule = r !== null && typeof r === "object" && !Array.isArray(r) ? r : {};
        const ports = Array.isArray(rule["ports"]) ? rule["ports"].map(String) : undefined;
        return { IPProtocol: String(rule["protocol"] ?? ""), ...(ports && ports.length > 0 && { ports }) };
    });
}
function rulesAttributes(rules) {
    return (rules ?? []).map((r) => ({
        protocol: r.IPProtocol ?? "",
        ...(r.ports && r.ports.length > 0 && { ports: [...r.ports] }),
    }));
}
export function firewallBody(name, attrs, description) {
    return {
        name,
        description,
        network: str(attrs, "network") ?? null,
        direction: str(attrs, "direction") ?? "INGRESS",
        priority: typeof attrs["priority"] === "number" ? attrs["priority"] : 1000,
        sourceRanges: strings(attrs, "source_ranges") ?? [],
        destinationRanges: strings(attrs, "destination_ranges") ?? [],
        sourceTags: strings(attrs, "source_tags") ?? [],
        targetTags: strings(attrs, "target_tags") ?? [],
        allowed: rulesBody(attrs["allow"]),
        denied: rulesBody(attrs["deny"]),
        disabled: bool(attrs, "disabled", false),
    };
}
export function firewallAttributes(f, userDescription) {
    return {
        network: relativePath(f.network ?? ""),
        direction: f.direction ?? "INGRESS",
        priority: f.priority ?? 1000,
        source_ranges: [...(f.sourceRanges ?? [])],
        destination_ranges: [...(f.destinationRanges ?? [])],
        source_tags: [...(f.sourceTags ?? [])],
        target_tags: [...(f.targetTags ?? [])],
        allow: rulesAttributes(f.allowed),
        deny: rulesAttributes(f.denied),
        disabled: f.disabled ?? false,
        ...(userDescription !== undefined && { description: userDescription }),
    };
}
export function bootDiskOf(attrs) {
    const d = attrs["boot_disk"];
    const disk = d !== null && typeof d === "object" && !Array.isArray(d) ? d : {};
    const image = disk["image"];
    if (typeof image !== "string" || image === "") {
        throw new ProviderOperationError("InvalidParameterValue", "boot_disk.image is required");
    }
    return {
        image,
        ...(typeof disk["size"] === "number" && { size: disk["size"] }),
        ...(typeof disk["type"] === "string" && { type: disk["type"] }),
    };
}
/**
 * `debian-cloud/debian-12` names an image family (the newest image in it), as in Terraform;
 * a name with a date stamp (`-v20240110`) names one image. Paths and URLs pass through.
 */
export function sourceImage(image) {
    if (image.startsWith("projects/") || image.startsWith("https://"))
        return image;
    const m = /^([^/]+)\/([^/]+)$/.exec(image);
    if (!m)
        return `global/images/${image}`;
    const [, project, name] = m;
    return /-v\d{8}/.test(name)
        ? `projects/${project}/global/images/${name}`
        : `projects/${project}/global/images/family/${name}`;
}
export function instanceBody(name, zone, attrs, labels, metadata) {
    const disk = bootDiskOf(attrs);
    const network = str(attrs, "network");
    const subnetwork = str(attrs, "subnetwork");
    return {
        name,
        machineType: `zones/${zone}/machineTypes/${str(attrs, "machine_type") ?? ""}`,
        labels,
        metadata: { items: Object.entries(metadata).map(([key, value]) => ({ key, value })) },
        canIpForward: bool(attrs, "can_ip_forward", false),
        tags: { items: strings(attrs, "network_tags") ?? [] },
        disks: [
            {
                boot: true,
                autoDelete: true,
                initializeParams: {
                    sourceImage: sourceImage(disk.image),
                    ...(disk.size !== undefined && { diskSizeGb: disk.size }),
                    ...(disk.type !== undefined && { diskType: `zones/${zone}/diskTypes/${disk.type}` }),
                    labels,
                },
            },
        ],
        networkInterfaces: [
            {
                ...(network !== undefined && { network }),
                ...(subnetwork !== undefined && { subnetwork }),
                accessConfigs: bool(attrs, "external_ip", false)
                    ? [{ name: "External NAT", type: "ONE_TO_ONE_NAT" }]
                    : [],
            },
        ],
    };
}
export function metadataOf(i) {
    const out = {};
    for (const item of i.metadata?.items ?? []) {
        if (item.key)
            out[item.key] = item.value ?? "";
    }
    return out;
}
/** Normalised instance; `requestedDisk` is the boot disk as asked for (the API cannot report the image family). */
export function instanceAttributes(i, requestedDisk) {
    const nic = i.networkInterfaces?.[0];
    const boot = i.disks?.find((d) => d.boot) ?? i.disks?.[0];
    const liveSize = boot?.diskSizeGb === undefined || boot.diskSizeGb === null ? undefined : Number(boot.diskSizeGb);
    const bootDisk = {};
    if (requestedDisk) {
        bootDisk["image"] = requestedDisk.image;
        const size = liveSize ?? requestedDisk.size;
        if (size !== undefined)
            bootDisk["size"] = size;
        if (requestedDisk.type !== undefined)
            bootDisk["type"] = requestedDisk.type;
    }
    return {
        machine_type: lastSegment(i.machineType ?? ""),
        zone: lastSegment(i.zone ?? ""),
        boot_disk: bootDisk,
        ...(nic?.network && { network: relativePath(nic.network) }),
        ...(nic?.subnetwork && { subnetwork: relativePath(nic.subnetwork) }),
        external_ip: (nic?.accessConfigs?.length ?? 0) > 0,
        network_tags: [...(i.tags?.items ?? [])],
        can_ip_forward: i.canIpForward ?? false,
    };
}
