/**
 * Applying a plan. There is no apply without a plan: the plan is re-derived from the same inputs
 * and must hash to the approved value, or nothing is touched (invariant 2). Creates carry a token
 * derived from (plan hash, address, attempt) so a retry never duplicates (invariant 8).
 */
import { randomUUID } from "node:crypto";
import { RefusedError } from "../spec/errors.js";
import { refTarget } from "../spec/model.js";
import { targetOf } from "../providers/provider.js";
import { applyAdopt } from "./adopt.js";
import { sha256Hex } from "./canonical.js";
import { liveRefs } from "./deposed.js";
import { createPlan } from "./engine.js";
import { assertResumable } from "./resume.js";
export const DEFAULT_PARALLELISM = 10;
/** What a change that is not a delete reports when it succeeds. */
const FORWARD_STATUS = {
    create: "created",
    update: "updated",
    replace: "replaced",
    adopt: "adopted",
};
export class StalePlanError extends RefusedError {
    expected;
    actual;
    constructor(expected, actual, environment) {
        super(`the plan for ${environment} is not the one approved (approved ${short(expected)}, now ${short(actual)}): ` +
            `the spec or the live state changed since. Nothing was applied. Run \`plagentic plan ${environment}\` and review the new plan.`);
        this.expected = expected;
        this.actual = actual;
    }
}
export async function applyPlan(inputs) {
    if (inputs.resume && inputs.attempt === undefined)
        throw new Error("a resumed apply needs the attempt of the apply it resumes");
    const { plan, live } = await createPlan(inputs);
    if (inputs.resume)
        assertResumable(plan, inputs.expectedHash, inputs.resume);
    else if (!hashMatches(plan.hash, inputs.expectedHash)) {
        throw new StalePlanError(inputs.expectedHash, plan.hash, plan.environment);
    }
    assertApplicable(plan);
    const ids = new Map(live.map((r) => [r.address, r.id]));
    const result = await execute(plan, 
    // A resume applies what is left of the approved plan: its tokens and its record are that plan's.
    inputs.resume ? inputs.expectedHash : plan.hash, inputs.provider, targetOf(inputs.env.spec, inputs.identity), inputs.env.files, ids, inputs.attempt ?? randomUUID(), inputs.onProgress, inputs.parallelism ?? DEFAULT_PARALLELISM);
    return { plan, result };
}
/** A full hash, or a prefix of at least 12 characters as printed in summaries. */
export function hashMatches(actual, expected) {
    const e = expected.trim().toLowerCase();
    return e === actual || (e.length >= 12 && actual.startsWith(e));
}
/** Refuses plans that must not be applied whatever their hash. */
export function assertApplicable(plan) {
    if (plan.policy.verdict === "fail") {
        const reasons = plan.policy.findings.filter((f) => f.level === "fail").map((f) => f.message);
        throw new RefusedError(`policy check failed, so the plan cannot be applied: ${reasons.join("; ")}`);
    }
    if (plan.unsupported.length > 0) {
        throw new RefusedError(`the ${plan.provider} provider cannot apply ${plan.unsupported.join(", ")} yet; nothing was applied`);
    }
}
/**
 * A short, stable idempotency token shaped like a UUID, because GCE's requestId must be one and
 * EC2's ClientToken accepts one.
 */
export function idempotencyToken(planHash, address, action, attempt) {
    const h = sha256Hex(`${planHash}\n${address}\n${action}\n${attempt}`);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
async function execute(plan, 
/** The hash the tokens and the result carry: the plan's, or the approved one's on a resume. */
planHash, provider, target, 
/** The repository files the spec named, read again by a provider that uploads one. */
files, ids, attempt, onProgress, parallelism) {
    const forward = plan.changes.filter((c) => c.action !== "delete");
    // Replacements create first and remove the old resource with the deletes, once dependents moved.
    const removals = removalOrder([
        ...plan.changes.filter((c) => c.action === "delete"),
        ...forward.filter((c) => c.action === "replace").reverse(),
    ]);
    const total = forward.length + removals.length;
    const results = new Map();
    const broken = new Set();
    /** Live resources that something failed to move off, so they must not be deleted. */
    const stillNeeded = new Set();
    const slot = limiter(parallelism);
    const report = (c, step, r) => {
        const previous = results.get(c.address);
        const merged = { ...previous, address: c.address, action: c.action, ...r };
        results.set(c.address, merged);
        onProgress?.({
            address: c.address,
            action: c.action,
            step,
            total,
            status: r.status,
            ...(r.error && { error: r.error }),
        });
    };
    const fail = (c, step, error, status = "failed") => {
        broken.add(c.address);
        for (const dep of dependenciesOf(c))
            stillNeeded.add(dep);
        if (c.action === "replace")
            stillNeeded.add(c.address);
        report(c, step, { status, error });
    };
    // A change starts once every change it references has finished, so independent ones run side
    // by side (up to `parallelism`) and share the provider's polls while they wait; steps keep
    // their plan order. A change waits only on what comes before it in the plan, as before.
    const forwardDone = new Map();
    forward.forEach((c, k) => {
        const step = k + 1;
        const before = c.dependsOn.flatMap((d) => forwardDone.get(d) ?? []);
        const run = async () => {
            await Promise.all(before);
            const blocker = c.dependsOn.find((d) => broken.has(d));
            if (blocker)
                return fail(c, step, `skipped because ${blocker} did not apply`, "skipped");
            await slot(async () => {
                onProgress?.({ address: c.address, action: c.action, step, total, status: "started" });
                try {
                    const op = {
                        target,
                        address: c.address,
                        type: c.type,
                        attributes: resolveRefs(c.after.attributes, ids),
                        tags: c.after.tags,
                        token: idempotencyToken(planHash, c.address, c.action, attempt),
                        ...(files && { files }),
                    };
                    const created = c.action === "update"
                        ? await provider.update({ ...op, id: c.id })
                        : c.action === "adopt"
                            ? await applyAdopt(provider, { ...op, id: c.id }, c)
                            : await provider.create(op);
                    ids.set(c.address, created.id);
                    report(c, step, {
                        status: FORWARD_STATUS[c.action],
                        id: created.id,
                    });
                }
                catch (e) {
                    fail(c, step, errorText(e));
                }
            });
        };
        forwardDone.set(c.address, run());
    });
    await Promise.all(forwardDone.values());
    // A removal waits for the earlier removals that reference it (reverse dependency order).
    const removalDone = new Map();
    removals.forEach((c, k) => {
        const step = forward.length + k + 1;
        const users = removals.slice(0, k).filter((u) => dependenciesOf(u).includes(c.address));
        const before = users.flatMap((u) => removalDone.get(u.address) ?? []);
        const run = async () => {
            await Promise.all(before);
            if (c.action === "replace" && broken.has(c.address))
                return;
            if (stillNeeded.has(c.address)) {
                const status = c.action === "replace" ? "failed" : "skipped";
                return fail(c, step, `kept because a resource that uses it did not apply`, status);
            }
            await slot(async () => {
                onProgress?.({ address: c.address, action: c.action, step, total, status: "started" });
                try {
                    // A deposed copy is checked against the address its ownership tags carry, not its plan address.
                    await provider.delete(target, { id: c.id, address: c.liveAddress ?? c.address, type: c.type });
                    if (c.action === "delete")
                        report(c, step, { status: "deleted", id: c.id });
                    else
                        report(c, step, { status: "replaced" });
                }
                catch (e) {
                    const message = errorText(e);
                    fail(c, step, c.action === "replace"
                        ? `created the replacement but could not delete ${c.id}: ${message}`
                        : message);
                }
            });
        };
        removalDone.set(c.address, run());
    });
    await Promise.all(removalDone.values());
    const ordered = plan.changes.map((c) => results.get(c.address)).filter(Boolean);
    return {
        environment: plan.environment,
        planHash,
        ok: ordered.every((r) => r.status !== "failed" && r.status !== "skipped"),
        results: ordered,
    };
}
/**
 * Deletes and replaced old copies in one order, each before anything its live resource
 * references: an old copy may still point at a resource the spec deletes (an instance re-imaged
 * off a security group that goes), so deleting all plain deletes first would hit a cloud's
 * dependency check. Otherwise keeps the given order (deletes, then old copies in reverse).
 */
function removalOrder(removals) {
    const at = new Set(removals.map((c) => c.address));
    const users = new Map();
    for (const c of removals)
        for (const dep of dependenciesOf(c))
            if (at.has(dep) && dep !== c.address)
                users.set(dep, [...(users.get(dep) ?? []), c]);
    const done = new Set();
    const ordered = [];
    const visit = (c) => {
        if (done.has(c.address))
            return;
        done.add(c.address);
        for (const user of users.get(c.address) ?? [])
            visit(user);
        ordered.push(c);
    };
    for (const c of removals)
        visit(c);
    return ordered;
}
/** Addresses a change's live resource references (so they must outlive it). */
function dependenciesOf(c) {
    if (c.action === "delete")
        return c.dependsOn;
    return c.before ? [...new Set(liveRefs(c.before.attributes))] : [];
}
function resolveRefs(attrs, ids) {
    const resolve = (v) => {
        const t = refTarget(v);
        if (t !== undefined) {
            const id = ids.get(t);
            if (id === undefined)
                throw new Error(`${t} has no id yet`);
            return id;
        }
        if (Array.isArray(v))
            return v.map(resolve);
        if (v !== null && typeof v === "object")
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x)]));
        return v;
    };
    return Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, resolve(v)]));
}
/** Runs tasks `max` at a time, in the order they ask for a slot. */
function limiter(max) {
    let active = 0;
    const queue = [];
    return async (task) => {
        if (active >= Math.max(1, max))
            await new Promise((r) => queue.push(r));
        else
            active++;
        try {
            await task();
        }
        finally {
            // The slot passes straight to the next waiter, so `active` stays counted.
            const next = queue.shift();
            if (next)
                next();
            else
                active--;
        }
    };
}
function errorText(e) {
    if (e instanceof Error)
        return "code" in e && typeof e.code === "string" ? `${e.code}: ${e.message}` : e.message;
    return String(e);
}
function short(hash) {
    return hash.slice(0, 12);
}
