import { ProviderOperationError } from "../providers/provider.js";
import { renderApplyMarkdown, renderPlanMarkdown } from "../render/index.js";
import { LimitError, NotFoundError, PlagenticError, RefusedError, SpecError } from "../spec/errors.js";
import { checkedEnvironment } from "../spec/load.js";
import { filesFromBytes, resolveRepositoryFiles } from "../spec/repository-files.js";
import { StalePlanError } from "./apply.js";
import { hasChanges } from "./engine.js";
import { changeFingerprints } from "./fingerprints.js";
import { describeRequirement, matchApprovalRule } from "../config/approval-rules.js";
import { planFacts } from "./facts.js";
import { ResumeRefusedError } from "./resume.js";
import { Workspace } from "./workspace.js";
/**
 * A job's spec names repository files it was not given. The face that read the spec reads them
 * at the same commit (the job cannot: it has no GitHub client) and runs the job again with them.
 */
export class RepositoryFilesNeeded extends PlagenticError {
    files;
    constructor(files) {
        super(`the spec names repository files that were not read with it: ${files.map((f) => f.path).join(", ")}`);
        this.files = files;
    }
}
/** The job's spec parsed within config's limits, with the files it names hashed in. */
async function jobEnvironment(job) {
    const env = checkedEnvironment(job.spec.text, job.spec.file, job.spec.name, job.config.limits);
    const unread = env.unreadFiles ?? [];
    if (unread.length === 0)
        return env;
    if (!job.spec.files) {
        const wanted = new Map(unread.map((f) => [f.path, { path: f.path, maxBytes: f.maxBytes }]));
        throw new RepositoryFilesNeeded([...wanted.values()]);
    }
    return resolveRepositoryFiles(env, filesFromBytes(job.spec.files));
}
export function digestOf(plan) {
    return {
        hash: plan.hash,
        environment: plan.environment,
        provider: plan.provider,
        summary: { ...plan.summary },
        policy: { verdict: plan.policy.verdict },
        cost: {
            monthlyDelta: plan.cost.monthlyDelta,
            monthlyAfter: plan.cost.monthlyAfter,
            unknownPrices: plan.cost.unknown.length,
        },
        facts: planFacts(plan),
        hasChanges: hasChanges(plan),
        unsupported: [...plan.unsupported],
        fingerprints: changeFingerprints(plan),
    };
}
export function chooseNextStep(plan, steps, config) {
    if (steps === undefined || typeof steps === "string")
        return steps;
    if (plan.policy.verdict === "fail")
        return steps.policyFailed;
    if (!hasChanges(plan))
        return steps.noChanges;
    if (plan.unsupported.length > 0) {
        return steps.unsupported
            ?.replaceAll("{provider}", plan.provider)
            .replaceAll("{types}", plan.unsupported.join(", "));
    }
    if (steps.ready === undefined || config === undefined)
        return steps.ready;
    const match = matchApprovalRule(config, plan.environment, planFacts(plan));
    return steps.ready.replaceAll("{approvals}", `${describeRequirement(match.requirement)} (${match.why})`);
}
async function withWorkspace(job, fn) {
    const ws = await Workspace.open({
        config: job.config,
        cwd: job.cwd,
        env: job.env,
        repository: job.repository,
    });
    try {
        return await fn(ws);
    }
    finally {
        await ws.close();
    }
}
/** Parses, plans and renders: the whole of a plan job, wherever it runs. */
export async function runPlanJob(job) {
    const env = await jobEnvironment(job);
    return withWorkspace(job, async (ws) => {
        const { plan } = await ws.plan(env, { commit: job.commit, destroy: job.destroy });
        const md = job.markdown;
        const markdown = md === undefined
            ? []
            : renderPlanMarkdown(plan, {
                ...(md.title !== undefined && { title: md.title }),
                ...(md.limit !== undefined && { limit: md.limit }),
                ...(md.unfolded !== undefined && { unfolded: md.unfolded }),
                ...(md.marker !== undefined && { marker: md.marker }),
                ...(md.hourly !== undefined && { hourly: md.hourly }),
                nextStep: chooseNextStep(plan, md.nextStep, job.config),
            });
        return { plan: digestOf(plan), markdown };
    });
}
/** Parses, re-derives the plan, applies it if its hash is the approved one, and renders the result. */
export async function runApplyJob(job) {
    const env = await jobEnvironment(job);
    return withWorkspace(job, async (ws) => {
        const { plan, result } = await ws.apply(env, {
            expectedHash: job.expectedHash,
            destroy: job.destroy,
            commit: job.commit,
            ...(job.actor !== undefined && { actor: job.actor }),
            ...(job.attempt !== undefined && { attempt: job.attempt }),
            ...(job.resume !== undefined && { resume: job.resume }),
        });
        return { plan: digestOf(plan), result, markdown: renderApplyMarkdown(result) };
    });
}
/** Runs jobs on the calling thread: for the Action, the CLI and tests. */
export function inlineRunner() {
    return { plan: runPlanJob, apply: runApplyJob, close: async () => { } };
}
/** The classes rebuilt by name; anything else comes back as a plain Error with the same name and message. */
const ERROR_CLASSES = {
    PlagenticError,
    SpecError,
    LimitError,
    RefusedError,
    NotFoundError,
    StalePlanError,
    ResumeRefusedError,
    ProviderOperationError,
    RepositoryFilesNeeded,
};
export function serializeError(e) {
    if (!(e instanceof Error))
        return { name: "Error", message: String(e), fields: {} };
    const fields = {};
    for (const [key, value] of Object.entries(e)) {
        try {
            fields[key] = structuredClone(value);
        }
        catch {
            // A field that cannot cross (a function, a socket) is left behind rather than failing the job.
        }
    }
    return { name: e.name, message: e.message, ...(e.stack !== undefined && { stack: e.stack }), fields };
}
export function rebuildError(s) {
    const Class = Object.hasOwn(ERROR_CLASSES, s.name) ? ERROR_CLASSES[s.name] : undefined;
    const e = Class ? Object.create(Class.prototype) : new Error(s.message);
    Object.defineProperty(e, "message", { value: s.message, writable: true, configurable: true });
    if (s.stack !== undefined)
        Object.defineProperty(e, "stack", { value: s.stack, writable: true, configurable: true });
    Object.assign(e, s.fields);
    if (!Class)
        e.name = s.name;
    return e;
}
/** Runs `fn` and captures its error as data, for a worker to send back. */
export async function outcomeOf(fn) {
    try {
        return { ok: true, value: await fn() };
    }
    catch (e) {
        return { ok: false, error: serializeError(e) };
    }
}
/** The value of an outcome, or its error rebuilt and thrown. */
export function unwrapOutcome(outcome) {
    if (outcome.ok)
        return outcome.value;
    throw rebuildError(outcome.error);
}
