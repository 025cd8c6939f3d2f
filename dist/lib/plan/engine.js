import { estimateCost } from "../cost/index.js";
import { evaluatePolicies } from "../policy/index.js";
import { targetOf } from "../providers/provider.js";
import { PlagenticError } from "../spec/errors.js";
import { findAdoptable } from "./adopt.js";
import { canonicalSha256 } from "./canonical.js";
import { diffResources, normalizeLive } from "./diff.js";
import { PLAN_FORMAT_VERSION } from "./model.js";
export async function createPlan(inputs) {
    const target = targetOf(inputs.env.spec, inputs.identity);
    const read = await inputs.provider.readLive(target);
    // Resources the spec adopts by import_id join live state at their spec addresses.
    const adopting = inputs.destroy
        ? []
        : await findAdoptable(inputs.provider, target, inputs.env.resources, read);
    const writeOnly = inputs.provider.capabilities.writeOnly;
    const live = normalizeLive([...read, ...adopting], {
        desired: inputs.destroy ? [] : inputs.env.resources,
        ...(writeOnly && { writeOnly }),
    });
    return { ...buildPlan(inputs, live, new Set(adopting.map((r) => r.address))), live };
}
/** The pure part: everything after the live read. Exposed for benchmarks and tests. */
export function buildPlan(inputs, live, 
/** Addresses whose live resource is adopted rather than owned (findAdoptable). */
adopting = new Set()) {
    const { env, catalog, policies } = inputs;
    const destroy = inputs.destroy ?? false;
    if (!destroy)
        assertFilesRead(env);
    const desired = destroy ? [] : env.resources;
    const protectedAddresses = new Set(env.resources.filter((r) => r.protected).map((r) => r.address));
    const writeOnly = inputs.provider.capabilities.writeOnly;
    const changes = diffResources(desired, live, {
        protectedAddresses,
        adopting,
        ...(writeOnly && { writeOnly }),
    });
    const usageByAddress = new Map(env.resources.map((r) => [r.address, r.usage]));
    const before = live.map((r) => ({
        address: r.address,
        type: r.type,
        attributes: r.attributes,
        // A deposed copy is priced with the usage of the resource it was.
        usage: usageByAddress.get(r.liveAddress ?? r.address) ?? {},
    }));
    const after = desired.map((r) => ({
        address: r.address,
        type: r.type,
        attributes: r.attributes,
        usage: r.usage,
    }));
    const usageRanges = inputs.usageRanges;
    const cost = estimateCost({ region: env.spec.region, before, after, ...(usageRanges && { usageRanges }) }, catalog);
    const policy = evaluatePolicies({ spec: env.spec, desired, changes, cost }, policies);
    const applies = inputs.provider.capabilities.applies;
    const unsupported = applies === "*"
        ? []
        : [...new Set(changes.map((c) => c.type).filter((t) => !applies.includes(t)))].sort();
    const body = {
        formatVersion: PLAN_FORMAT_VERSION,
        environment: env.spec.environment,
        repository: inputs.identity.repository,
        provider: env.spec.provider,
        region: env.spec.region,
        commit: inputs.commit ?? null,
        specDigest: env.digest,
        destroy,
        changes,
        summary: summarize(changes),
        cost,
        policy,
        unsupported,
        // Only when set, so the hash of a plan without a budget is what it always was.
        ...(env.spec.budget && { budget: { monthly: env.spec.budget.monthly } }),
    };
    return { plan: { ...body, hash: planHash(body) }, desired };
}
/**
 * Refuses an environment whose named files were never read: a file's hash is part of what its
 * resource is, and comparing without it would hide a changed file.
 */
export function assertFilesRead(env) {
    const unread = env.unreadFiles?.[0];
    if (unread) {
        throw new PlagenticError(`${unread.location.file}: ${unread.field}: ${unread.path} was not read; plan it from its repository`);
    }
}
export function planHash(body) {
    return canonicalSha256(body);
}
export function summarize(changes) {
    const summary = { add: 0, change: 0, destroy: 0 };
    for (const c of changes) {
        if (c.action === "create")
            summary.add++;
        // Adopting changes tags on a resource that exists: a change, not an addition.
        else if (c.action === "update" || c.action === "adopt")
            summary.change++;
        else if (c.action === "delete")
            summary.destroy++;
        else {
            summary.add++;
            summary.destroy++;
        }
    }
    return summary;
}
export function hasChanges(plan) {
    return plan.changes.length > 0;
}
