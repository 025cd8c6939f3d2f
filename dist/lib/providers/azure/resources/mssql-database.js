import { ownedBy, ownershipAfterUpdate, ownershipTags, ProviderOperationError, } from "../../provider.js";
import { deleting, putting, what } from "../arm-handler.js";
import { all, foundOf, getOrNothing, guarded, mine, ownedTags, partsOf, tagged, } from "../context.js";
import { untilDone } from "../long-operation.js";
import { canonicalId, parseId, resourceName } from "../names.js";
import { sqlClient } from "../services.js";
const TYPE = "azurerm_mssql_database";
const GB = 1024 ** 3;
export function databaseBody(location, attrs, tags) {
    const size = attrs["max_size_gb"];
    const license = attrs["license_type"];
    return {
        location,
        tags,
        sku: { name: String(attrs["sku_name"] ?? "") },
        zoneRedundant: attrs["zone_redundant"] === true,
        collation: String(attrs["collation"] ?? "SQL_Latin1_General_CP1_CI_AS"),
        ...(typeof size === "number" && { maxSizeBytes: Math.round(size * GB) }),
        ...(typeof license === "string" && { licenseType: license }),
    };
}
/** The server's id: the database's without its last two segments. */
const serverOf = (id) => canonicalId(id).split("/").slice(0, -2).join("/");
export function databaseAttributes(d) {
    return {
        server: serverOf(d.id ?? ""),
        sku_name: d.currentServiceObjectiveName ?? d.sku?.name ?? "",
        ...(typeof d.maxSizeBytes === "number" && { max_size_gb: d.maxSizeBytes / GB }),
        ...(d.licenseType && { license_type: d.licenseType }),
        zone_redundant: d.zoneRedundant ?? false,
        collation: d.collation ?? "",
    };
}
/** Database statuses that mean it cannot be used (it has no provisioningState). */
const UNUSABLE = /^(failed|inaccessible|suspect|emergencymode|disabled|offline)$/i;
const live = (d, target) => tagged(TYPE, d, target, databaseAttributes(d), UNUSABLE.test(d.status ?? "") ? d.status : undefined);
function serverParts(op) {
    const p = parseId(String(op.attributes["server"] ?? ""));
    if (p?.kind !== "servers") {
        throw new ProviderOperationError("InvalidParameterValue", `${op.address}: server is not a SQL server's id`);
    }
    return p;
}
async function put(ctx, op, name, ownership) {
    const c = await ctx.service(sqlClient);
    const server = serverParts(op);
    const tags = ownedTags(op, ownership);
    return putting(ctx, op, name, async () => {
        // A database must be in its server's location.
        const { location } = await c.servers.get(server.resourceGroup, server.name);
        const body = databaseBody(location ?? op.target.region, op.attributes, tags);
        const done = await untilDone(ctx, `${what(op, name)} to be written`, () => c.databases.beginCreateOrUpdate(server.resourceGroup, server.name, name, body));
        const d = done ?? (await c.databases.get(server.resourceGroup, server.name, name));
        return mine(live(d, op.target), what(op, name));
    });
}
export const mssqlDatabase = {
    type: TYPE,
    tokenIn: "name",
    optional: true,
    async list(ctx, target) {
        const c = await ctx.service(sqlClient);
        const servers = await ctx.inGroups("sql servers", (_c, group) => c.servers.listByResourceGroup(group));
        const out = [];
        for (const s of servers.filter((s) => ownedBy(s.tags ?? {}, target))) {
            const p = partsOf(s.id ?? "");
            out.push(...(await guarded(() => all(c.databases.listByServer(p.resourceGroup, p.name)))));
        }
        return out.map((d) => foundOf(d));
    },
    async live(_ctx, owned, target) {
        return owned.flatMap((f) => live(f.resource, target) ?? []);
    },
    async read(ctx, id) {
        const p = partsOf(id);
        const c = await ctx.service(sqlClient, p.subscription);
        const d = await getOrNothing(() => c.databases.get(p.resourceGroup, p.parent ?? "", p.name));
        return d && foundOf(d, p.name);
    },
    async findByToken(ctx, op) {
        const c = await ctx.service(sqlClient);
        const server = serverParts(op);
        const name = resourceName(op.target.environment, op.address, op.token);
        const d = await getOrNothing(() => c.databases.get(server.resourceGroup, server.name, name));
        return d ? [foundOf(d, name)] : [];
    },
    create(ctx, op) {
        return put(ctx, op, resourceName(op.target.environment, op.address, op.token), ownershipTags(op.target, op.address));
    },
    update(ctx, op, current) {
        const ownership = ownershipAfterUpdate(current, op);
        return put(ctx, op, partsOf(op.id).name, ownership);
    },
    async delete(ctx, _target, resource) {
        const p = partsOf(resource.id);
        const c = await ctx.service(sqlClient, p.subscription);
        return deleting(ctx, resource, p.name, async () => () => untilDone(ctx, `${what(resource, p.name)} to be deleted`, () => c.databases.beginDelete(p.resourceGroup, p.parent ?? "", p.name)));
    },
};
