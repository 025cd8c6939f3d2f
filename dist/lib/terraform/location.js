/** The region, from what the state's resources say of themselves. */
export function regionOf(cloud, all) {
    for (const a of all) {
        if (cloud === "aws") {
            const arn = typeof a["arn"] === "string" ? /^arn:[a-z-]+:[a-z0-9-]+:([a-z0-9-]+):/.exec(a["arn"]) : null;
            if (arn)
                return arn[1];
            const zone = a["availability_zone"];
            if (typeof zone === "string" && /^[a-z]{2}(-[a-z]+)+-\d[a-z]$/.test(zone))
                return zone.slice(0, -1);
        }
        else {
            const v = cloud === "azure" ? a["location"] : (a["region"] ?? a["zone"]);
            if (typeof v === "string" && /^[a-z0-9-]+$/.test(v))
                return v;
        }
    }
    return undefined;
}
/** GCP's project and Azure's subscription and resource group, which a spec of those clouds names. */
export function cloudFields(cloud, all) {
    const first = (key) => all.map((a) => a[key]).find((v) => typeof v === "string" && v !== "");
    if (cloud === "gcp") {
        const project = first("project");
        return project ? { project } : {};
    }
    if (cloud === "azure") {
        const group = first("resource_group_name");
        const sub = all
            .map((a) => typeof a["id"] === "string" ? /^\/subscriptions\/([^/]+)\//i.exec(a["id"])?.[1] : undefined)
            .find((s) => s !== undefined);
        return { ...(sub && { subscription: sub }), ...(group && { resource_group: group }) };
    }
    return {};
}
