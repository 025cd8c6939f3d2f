/**
 * A Terraform plan reviewed the way Plagentic reviews its own: the changes with Terraform's actions
 * and addresses kept, the cost before and after for the types the estimator knows, and the built-in
 * policy rules. Pure: the plan's bytes, the price catalog and the policy config go in. Nothing here
 * applies anything; Terraform applies its own saved plan, whose hash the review carries.
 */
import { createHash } from "node:crypto";
import { estimateCost } from "../cost/index.js";
import { canonicalSha256 } from "../plan/canonical.js";
import { evaluatePolicies } from "../policy/index.js";
import { SpecError } from "../spec/errors.js";
import { getResourceType } from "../spec/registry.js";
import { plagenticAttributes, plagenticTags } from "./plan-attributes.js";
import { policyChanges } from "./changes.js";
import { REVIEW_FORMAT_VERSION, } from "./model.js";
import { parseTerraformPlan } from "./plan-json.js";
import { markedAttributes } from "./values.js";
export const DEFAULT_REVIEW_ENVIRONMENT = "terraform";
/** Terraform's action list as one action. */
function actionOf(actions) {
    if (actions.length === 2)
        return "replace";
    return actions[0];
}
/** A deposed object shares its resource's address; Terraform names it this way in `plan` output. */
function addressOf(rc) {
    return rc.deposed === undefined ? rc.address : `${rc.address} (deposed object ${rc.deposed})`;
}
function toChange(rc) {
    const c = rc.change;
    const change = {
        address: addressOf(rc),
        mode: rc.mode,
        type: rc.type,
        name: rc.name,
        action: actionOf(c.actions),
        before: markedAttributes(c.before, undefined, c.before_sensitive),
        after: markedAttributes(c.after, c.after_unknown, c.after_sensitive),
    };
    if (rc.module_address !== undefined)
        change.moduleAddress = rc.module_address;
    if (c.replace_paths && c.replace_paths.length > 0) {
        change.replacePaths = c.replace_paths.map((p) => p.map(String).join("."));
    }
    if (rc.action_reason !== undefined)
        change.actionReason = rc.action_reason;
    return change;
}
function summarize(changes) {
    const s = { add: 0, change: 0, destroy: 0, replace: 0, read: 0, forget: 0 };
    for (const c of changes) {
        if (c.action === "create")
            s.add++;
        else if (c.action === "update")
            s.change++;
        else if (c.action === "delete")
            s.destroy++;
        else if (c.action === "read")
            s.read++;
        else if (c.action === "forget")
            s.forget++;
        else if (c.action === "replace") {
            s.add++;
            s.destroy++;
            s.replace++;
        }
    }
    return s;
}
function unknownTypesOf(changes) {
    const byType = new Map();
    for (const c of changes) {
        if (c.mode !== "managed" || getResourceType(c.type))
            continue;
        const list = byType.get(c.type) ?? [];
        list.push(c.address);
        byType.set(c.type, list);
    }
    return [...byType].map(([type, addresses]) => ({ type, addresses }));
}
/** The AWS provider's `region` when the configuration sets it to a constant. */
function configuredRegion(plan) {
    const config = plan.configuration;
    const region = config?.provider_config?.["aws"]?.expressions?.region?.constant_value;
    return typeof region === "string" && /^[a-z0-9-]{1,32}$/.test(region) ? region : undefined;
}
function refuseDuplicates(changes, file) {
    const seen = new Set();
    changes.forEach((c, i) => {
        if (seen.has(c.address)) {
            throw new SpecError({ file }, `resource_changes[${i}].address`, `${JSON.stringify(c.address)} appears twice`);
        }
        seen.add(c.address);
    });
}
/** A registered, managed resource on one side of its change, as the estimator and the rules read it. */
function pricedSide(c, side) {
    const def = c.mode === "managed" ? getResourceType(c.type) : undefined;
    const values = c[side];
    if (!def || values === null)
        return undefined;
    const resource = {
        address: c.address,
        type: c.type,
        name: c.name,
        protected: false,
        attributes: plagenticAttributes(def, values, side === "after" ? (c.before ?? undefined) : undefined),
        tags: def.taggable ? plagenticTags(values) : {},
        usage: {},
        dependsOn: [],
    };
    return resource;
}
function priced(r) {
    return { address: r.address, type: r.type, attributes: r.attributes, usage: r.usage };
}
export function sha256OfBytes(bytes) {
    return createHash("sha256").update(bytes).digest("hex");
}
export function reviewTerraformPlanBytes(bytes, opts) {
    const plan = parseTerraformPlan(bytes, opts.file);
    const all = plan.resource_changes.map(toChange);
    refuseDuplicates(all, opts.file);
    const changes = all.filter((c) => c.action !== "no-op");
    const region = opts.region ?? configuredRegion(plan) ?? "unknown";
    const before = all.flatMap((c) => pricedSide(c, "before") ?? []);
    const desired = all.flatMap((c) => pricedSide(c, "after") ?? []);
    const usageRanges = opts.usageRanges;
    const cost = estimateCost({ region, before: before.map(priced), after: desired.map(priced), ...(usageRanges && { usageRanges }) }, opts.catalog);
    const environment = opts.environment ?? DEFAULT_REVIEW_ENVIRONMENT;
    const provider = getResourceType(desired[0]?.type ?? before[0]?.type ?? "")?.cloud ?? "aws";
    const spec = { environment, provider, region, tags: {}, resources: [] };
    const policy = evaluatePolicies({ spec, desired, changes: policyChanges(changes, before, desired), cost }, opts.policies ?? {});
    const body = {
        source: "terraform",
        formatVersion: REVIEW_FORMAT_VERSION,
        planFileHash: sha256OfBytes(bytes),
        planFile: opts.file,
        terraformVersion: plan.terraform_version ?? null,
        terraformFormatVersion: plan.format_version,
        environment,
        region,
        changes,
        unchanged: all.length - changes.length,
        summary: summarize(changes),
        unknownTypes: unknownTypesOf(all),
        cost,
        policy,
    };
    return { ...body, hash: canonicalSha256(body) };
}
