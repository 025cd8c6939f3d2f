/**
 * Terraform JSON export (`.tf.json`): one `resource.<type>.<name>` per spec resource, `count`
 * kept, references as `${type.name.id}` interpolations, tags merged with the ownership tags
 * (so Plagentic still recognises what Terraform creates), and pinned providers from the region.
 * Every other string is escaped, because Terraform JSON reads `${` and `%{` in any string.
 */
import { ownershipLabels, LABEL_ADDRESS } from "../providers/gcp/ownership.js";
import { encodeLabel } from "../providers/gcp/names.js";
import { withoutOwnershipTags } from "../providers/ownership.js";
import { PlagenticError } from "../spec/errors.js";
import { refTarget } from "../spec/model.js";
import { getResourceType } from "../spec/registry.js";
import { checkSupported, exportGroups, exportIdentityTags, exportName, OWNER_TAG_ADDRESS, stableJson, } from "./format.js";
import { awsTerraform } from "./terraform/aws.js";
import { azureTerraform } from "./terraform/azure.js";
import { gcpTerraform } from "./terraform/gcp.js";
const TYPES = { ...awsTerraform, ...gcpTerraform, ...azureTerraform };
/** Provider pins: the AWS one is the version the CI image mirrors; the others the current major. */
export const TERRAFORM_PROVIDERS = {
    aws: { name: "aws", source: "hashicorp/aws", version: "~> 5.100" },
    gcp: { name: "google", source: "hashicorp/google", version: "~> 6.0" },
    azure: { name: "azurerm", source: "hashicorp/azurerm", version: "~> 4.0" },
};
/** Escapes Terraform's template sequences so a string stays literal. */
export function escapeTemplate(s) {
    return s.replace(/([$%])\{/g, (_, c) => `${c}${c}{`);
}
function interpolation(target, attribute) {
    const open = target.indexOf("[");
    const base = open < 0 ? target : target.slice(0, open);
    const index = open < 0 ? "" : target.slice(open);
    return `\${${base}${index}.${attribute}}`;
}
function convert(value, refAttribute) {
    const target = refTarget(value);
    if (target !== undefined)
        return interpolation(target, refAttribute);
    if (typeof value === "string")
        return escapeTemplate(value);
    if (Array.isArray(value))
        return value.map((v) => convert(v, refAttribute));
    if (value !== null && typeof value === "object") {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [escapeTemplate(k), convert(v, refAttribute)]));
    }
    return value;
}
function escapedMap(tags) {
    return Object.fromEntries(Object.entries(tags).map(([k, v]) => [escapeTemplate(k), escapeTemplate(v)]));
}
/** The instance address as a tag value: `type.name` or `type.name[${count.index}]`. */
function addressTag(g) {
    return g.count === undefined ? g.key : `${g.key}[\${count.index}]`;
}
function tagsFor(g, cloud, identity) {
    const user = escapedMap(withoutOwnershipTags(g.tags));
    if (cloud !== "gcp")
        return { ...user, ...identity, [OWNER_TAG_ADDRESS]: addressTag(g) };
    const labels = ownershipLabels({ ...identity, [OWNER_TAG_ADDRESS]: g.key });
    if (g.count !== undefined) {
        // The label form of `type.name[<i>]`: the index digits stay as they are between `-5b` and `-5d`.
        const open = encodeLabel(`${g.key}[`);
        if (open === undefined)
            throw new PlagenticError(`${g.key}: the address is too long for a GCP label`);
        labels[LABEL_ADDRESS] = `${open}\${count.index}${encodeLabel("]")}`;
    }
    return { ...user, ...labels };
}
function providers(env, clouds, variables) {
    const region = escapeTemplate(env.spec.region);
    const out = {};
    if (clouds.has("aws"))
        out["aws"] = { region };
    if (clouds.has("gcp")) {
        out["google"] = { region, ...(env.spec.project && { project: escapeTemplate(env.spec.project) }) };
    }
    if (clouds.has("azure")) {
        variables["subscription_id"] = {
            type: "string",
            description: "Azure subscription to deploy into",
            ...(env.spec.subscription && { default: escapeTemplate(env.spec.subscription) }),
        };
        out["azurerm"] = { features: {}, subscription_id: "${var.subscription_id}" };
    }
    return out;
}
function render(env, opts) {
    checkSupported("terraform", env, new Set(Object.keys(TYPES)));
    const identity = exportIdentityTags(env, opts);
    const resources = {};
    const variables = {};
    const clouds = new Set();
    const add = (type, name, body) => {
        (resources[type] ??= {})[name] = body;
    };
    for (const g of exportGroups(env)) {
        const def = getResourceType(g.type);
        const map = TYPES[g.type];
        clouds.add(def.cloud);
        const ctx = {
            group: g,
            name: exportName(env.spec.environment, g.name) + (g.count !== undefined ? "-${count.index}" : ""),
            region: escapeTemplate(env.spec.region),
            ...(env.spec.resource_group && { resourceGroup: escapeTemplate(env.spec.resource_group) }),
            secret: (argument) => {
                const variable = `${g.type}_${g.name}_${argument}`.replace(/-/g, "_");
                variables[variable] = { type: "string", sensitive: true, description: `${argument} of ${g.key}` };
                return `\${var.${variable}}`;
            },
        };
        const converted = {};
        for (const [key, value] of Object.entries(g.attributes)) {
            converted[map.rename?.[key] ?? key] = convert(value, map.refAttribute?.[key] ?? "id");
        }
        let body = { ...converted };
        if (map.nameArgument && body[map.nameArgument] === undefined)
            body[map.nameArgument] = ctx.name;
        if (map.shape)
            body = map.shape(body, ctx);
        if (def.taggable && map.tags)
            map.tags(body, tagsFor(g, def.cloud, identity));
        add(g.type, g.name, g.count === undefined ? body : { count: g.count, ...body });
        for (const extra of map.extras?.(converted, ctx) ?? [])
            add(extra.type, extra.name, extra.body);
    }
    const required = Object.fromEntries([...clouds].map((c) => {
        const p = TERRAFORM_PROVIDERS[c];
        return [p.name, { source: p.source, version: p.version }];
    }));
    const provider = providers(env, clouds, variables);
    return stableJson({
        terraform: { required_providers: required },
        ...(Object.keys(provider).length > 0 && { provider }),
        ...(Object.keys(variables).length > 0 && { variable: variables }),
        resource: resources,
    });
}
export const terraformFormat = {
    name: "terraform",
    extension: () => ".tf.json",
    supportedTypes: () => Object.keys(TYPES).sort(),
    render,
};
