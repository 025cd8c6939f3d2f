/**
 * CloudFormation export: a template (JSON, or YAML with `--yaml`) with one resource per spec
 * instance (`count` expanded), logical ids derived from addresses, references as `Ref` /
 * `Fn::GetAtt` (so CloudFormation orders creation itself and no `DependsOn` is needed: every
 * dependency in a spec is a reference), ownership tags added, and secrets and repository files
 * as parameters (NoEcho for secrets).
 */
import { createHash } from "node:crypto";
import { stringify } from "yaml";
import { withoutOwnershipTags } from "../providers/ownership.js";
import { PlagenticError } from "../spec/errors.js";
import { refTarget } from "../spec/model.js";
import { cfnTypes } from "./cloudformation/types.js";
import { checkSupported, exportIdentityTags, OWNER_TAG_ADDRESS, pascalId, stableJson, } from "./format.js";
/** CloudFormation's limit on a logical id. */
const MAX_LOGICAL_ID = 255;
/**
 * Logical ids for every instance and each one's extras. Distinct addresses can squash to the
 * same id (`web_1` and `web-1`, or `web1[2]` and `web12`): those get a digest of the address.
 */
export function logicalIds(addresses, suffixes = []) {
    const out = new Map();
    const taken = new Set();
    const base = addresses.map(pascalId);
    const counts = new Map();
    for (const b of base)
        counts.set(b, (counts.get(b) ?? 0) + 1);
    addresses.forEach((address, i) => {
        let id = base[i];
        const clashes = counts.get(id) > 1 || suffixes.some((s) => base.some((other, j) => j !== i && other === id + s));
        if (clashes)
            id += createHash("sha256").update(address).digest("hex").slice(0, 8).toUpperCase();
        if (taken.has(id) || id.length + 32 > MAX_LOGICAL_ID) {
            throw new PlagenticError(`${address}: cannot derive a unique CloudFormation logical id (${id})`);
        }
        taken.add(id);
        out.set(address, id);
    });
    return out;
}
function tagsFor(r, identity) {
    return { ...withoutOwnershipTags(r.tags), ...identity, [OWNER_TAG_ADDRESS]: r.address };
}
function render(env, opts) {
    checkSupported("cloudformation", env, new Set(Object.keys(cfnTypes)), (type) => type.startsWith("aws_") ? undefined : "CloudFormation deploys AWS resources only");
    const identity = exportIdentityTags(env, opts);
    const ids = logicalIds(env.resources.map((r) => r.address), ["Attachment", "LaunchTemplate"]);
    const byAddress = new Map(env.resources.map((r) => [r.address, r]));
    const resources = {};
    const parameters = {};
    const ref = (value) => {
        if (value === undefined)
            return undefined;
        const target = refTarget(value);
        if (target === undefined)
            return value;
        const id = ids.get(target);
        const attribute = cfnTypes[byAddress.get(target).type].refAttribute;
        return attribute ? { "Fn::GetAtt": [id, attribute] } : { Ref: id };
    };
    for (const r of env.resources) {
        const map = cfnTypes[r.type];
        const logicalId = ids.get(r.address);
        const ctx = {
            logicalId,
            ref,
            parameter: (suffix, def) => {
                parameters[`${logicalId}${suffix}`] = def;
                return { Ref: `${logicalId}${suffix}` };
            },
        };
        const tags = tagsFor(r, identity);
        const properties = { ...map.properties(r.attributes, ctx) };
        properties["Tags"] =
            map.tags === "map" ? tags : Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
        const policy = map.deletionPolicy?.(r.attributes);
        resources[logicalId] = {
            Type: map.resourceType,
            ...(policy && { DeletionPolicy: policy, UpdateReplacePolicy: policy }),
            Properties: properties,
        };
        for (const extra of map.extras?.(r.attributes, ctx) ?? []) {
            resources[`${logicalId}${extra.suffix}`] = { Type: extra.type, Properties: extra.properties };
        }
    }
    const template = {
        AWSTemplateFormatVersion: "2010-09-09",
        Description: `Plagentic environment ${env.spec.environment}`,
        ...(Object.keys(parameters).length > 0 && { Parameters: parameters }),
        Resources: resources,
    };
    return opts.yaml ? stringify(template, { aliasDuplicateObjects: false }) : stableJson(template);
}
export const cloudformationFormat = {
    name: "cloudformation",
    extension: (opts) => (opts.yaml ? ".yaml" : ".json"),
    supportedTypes: () => Object.keys(cfnTypes).sort(),
    render,
};
