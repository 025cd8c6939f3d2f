/**
 * ARM export: a deployment template (schema 2019-04-01) for the Azure types, deployed into the
 * environment's resource group. Pinned `apiVersion` per type (arm/types.ts), references through
 * `resourceId()` with a `dependsOn` for each, `count` through `copy`, secureString parameters for
 * secrets, and tags merged with the ownership tags. Literal strings that ARM would read as an
 * expression (`[...]`) are escaped as `[[...]`.
 */
import { withoutOwnershipTags } from "../providers/ownership.js";
import { PlagenticError } from "../spec/errors.js";
import { refTarget } from "../spec/model.js";
import { getResourceType } from "../spec/registry.js";
import { armTypes } from "./arm/types.js";
import { checkSupported, exportGroups, exportIdentityTags, exportName, OWNER_TAG_ADDRESS, pascalId, stableJson, } from "./format.js";
export const ARM_SCHEMA = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";
/** A literal string ARM would otherwise evaluate: `[x]` means an expression, `[[x]` the text `[x]`. */
export function armLiteral(value) {
    return value.startsWith("[") && value.endsWith("]") ? `[${value}` : value;
}
function literalValue(value) {
    if (typeof value === "string")
        return armLiteral(value);
    if (Array.isArray(value))
        return value.map((v) => literalValue(v));
    if (value !== null && typeof value === "object") {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, literalValue(v)]));
    }
    return value;
}
/** A name made of literal parts and, for copies, copyIndex(): plain text or a concat() expression. */
function nameExpression(prefix, counted) {
    return counted ? `[concat('${prefix}-', copyIndex())]` : prefix;
}
function render(env, opts) {
    checkSupported("arm", env, new Set(Object.keys(armTypes)), (type) => type.startsWith("azurerm_") ? undefined : "ARM templates deploy Azure resources only");
    const groups = exportGroups(env);
    const groupsOf = groups.filter((g) => g.type === "azurerm_resource_group");
    if (groupsOf.length > 1 || groupsOf.some((g) => g.count !== undefined)) {
        throw new PlagenticError(`${groupsOf[0].key}: an ARM template deploys into one resource group; export a spec with at most one azurerm_resource_group and no count on it`);
    }
    const identity = exportIdentityTags(env, opts);
    const byKey = new Map(groups.map((g) => [g.key, g]));
    /** The ARM name of an instance address, parent included for child resources. */
    const names = new Map();
    const nameParts = (address) => {
        const known = names.get(address);
        if (known)
            return known;
        const open = address.indexOf("[");
        const key = open < 0 ? address : address.slice(0, open);
        const g = byKey.get(key);
        const own = exportName(env.spec.environment, g.name) + (open < 0 ? "" : `-${address.slice(open + 1, -1)}`);
        const parentRef = armTypes[g.type].parent;
        const parent = parentRef ? refTarget(g.attributes[parentRef]) : undefined;
        const parts = parent ? [...nameParts(parent), own] : [own];
        names.set(address, parts);
        return parts;
    };
    const resourceId = (address) => {
        const g = byKey.get(address.replace(/\[\d+\]$/, ""));
        if (g.type === "azurerm_resource_group")
            return undefined;
        const args = nameParts(address).map((p) => `'${p}'`);
        return `[resourceId('${armTypes[g.type].resourceType}', ${args.join(", ")})]`;
    };
    const parameters = {};
    const resources = [];
    for (const g of groups) {
        const map = armTypes[g.type];
        const counted = g.count !== undefined;
        const parentRef = map.parent ? refTarget(g.attributes[map.parent]) : undefined;
        const own = exportName(env.spec.environment, g.name);
        const name = g.type === "azurerm_resource_group"
            ? "default"
            : parentRef
                ? counted
                    ? `[concat('${nameParts(parentRef).join("/")}/${own}-', copyIndex())]`
                    : [...nameParts(parentRef), own].join("/")
                : nameExpression(own, counted);
        const ctx = {
            name,
            ref: (v) => {
                const t = v === undefined ? undefined : refTarget(v);
                return t === undefined ? undefined : resourceId(t);
            },
            secret: (suffix, description) => {
                const parameter = `${pascalId(g.key)}${suffix}`;
                parameters[parameter] = {
                    type: "secureString",
                    metadata: { description: `${description} (${g.key})` },
                };
                return `[parameters('${parameter}')]`;
            },
            literal: literalValue,
        };
        const body = map.body(g.attributes, ctx);
        const dependsOn = [...new Set((g.instances[0]?.dependsOn ?? []).map(resourceId))].filter((d) => d !== undefined);
        const userTags = Object.fromEntries(Object.entries(withoutOwnershipTags(g.tags)).map(([k, v]) => [k, armLiteral(v)]));
        const address = counted ? `[concat('${g.key}[', copyIndex(), ']')]` : g.key;
        const tags = getResourceType(g.type).taggable
            ? { ...userTags, ...identity, [OWNER_TAG_ADDRESS]: address }
            : undefined;
        const location = literalValue(g.attributes["location"] ?? env.spec.region);
        resources.push({
            type: map.resourceType,
            apiVersion: map.apiVersion,
            name,
            ...(counted && { copy: { name: pascalId(g.key), count: g.count } }),
            ...(map.located && { location }),
            ...(g.type === "azurerm_resource_group"
                ? { properties: { tags } }
                : { ...(tags && { tags }), ...body }),
            ...(dependsOn.length > 0 && { dependsOn }),
        });
    }
    return stableJson({
        $schema: ARM_SCHEMA,
        contentVersion: "1.0.0.0",
        parameters,
        resources,
    });
}
export const armFormat = {
    name: "arm",
    extension: () => ".json",
    supportedTypes: () => Object.keys(armTypes).sort(),
    render,
};
