/**
 * Plans and applies as jobs: plain data in, plain data out, so that the App can run them on a
 * worker thread (invariant 9: work runs off the event loop) while the Action, the CLI and tests
 * run the very same functions in-process. A job parses the spec within config's limits, plans or
 * applies, renders, and returns a digest with the rendered Markdown rather than the whole plan:
 * structured-cloning a plan of 10,000 changes back would block the main thread about as long as
 * making it did.
 *
 * The pool itself (piscina) lives in pool-runner.ts, so that faces that plan in-process never load it.
 */
import type { LoadedConfig } from "../config/model.js";
import type { Verdict } from "../policy/model.js";
import { PlagenticError } from "../spec/errors.js";
import type { ProviderName } from "../spec/model.js";
import { type ReadFile } from "../spec/repository-files.js";
import { type PlanFacts } from "../config/approval-rules.js";
import type { ApplyResult, Plan, PlanSummary } from "./model.js";
import { type ResumeFrom } from "./resume.js";
/** A spec file's text as read from a commit, with where it came from for messages. */
export interface JobSpec {
    /** The environment name; the spec's `environment:` must match it. */
    name: string;
    /** Path for messages, e.g. `environments/staging.yaml`. */
    file: string;
    text: string;
    /**
     * The repository files the spec names, read at the same commit (keyed by their checked path).
     * Absent, a spec that names files ends the job with RepositoryFilesNeeded, listing them.
     */
    files?: Record<string, ReadFile>;
}
/**
 * A job's spec names repository files it was not given. The face that read the spec reads them
 * at the same commit (the job cannot: it has no GitHub client) and runs the job again with them.
 */
export declare class RepositoryFilesNeeded extends PlagenticError {
    readonly files: {
        path: string;
        maxBytes: number;
    }[];
    constructor(files: {
        path: string;
        maxBytes: number;
    }[]);
}
/**
 * The next step under a plan, by outcome: the caller cannot know the outcome before the job has
 * planned. Chosen in this order: policy failed, nothing to apply, unsupported types, ready.
 */
export interface NextSteps {
    policyFailed?: string;
    noChanges?: string;
    /** `{provider}` and `{types}` are replaced by the provider and the types it cannot apply. */
    unsupported?: string;
    /**
     * `{approvals}` is replaced by what applying needs under the job's config and the plan's facts
     * (config/approval-rules.ts), e.g. "2 approvals from members of `platform` with write access
     * (rule `big spend`: …)".
     */
    ready?: string;
}
/** How to render the plan comment; see `PlanMarkdownOptions`. */
export interface PlanMarkdownJob {
    title?: string;
    /** Characters per comment part. */
    limit?: number;
    unfolded?: boolean;
    marker?: string;
    nextStep?: string | NextSteps;
    hourly?: boolean;
}
interface JobInputs {
    /** Structured-cloneable: a LoadedConfig is plain data. Its `limits` bound the spec. */
    config: LoadedConfig;
    cwd: string;
    /** Environment variables for the providers' credentials (the App's, not the worker's own). */
    env: Record<string, string | undefined>;
    /** The repository (`owner/name`, or `local`) whose environment this is; see WorkspaceOptions. */
    repository: string;
    spec: JobSpec;
    /** Commit the spec was read at (the PR head). */
    commit: string | null;
    destroy: boolean;
}
export interface PlanJob extends JobInputs {
    /** Render the plan comment; without it `markdown` comes back empty. */
    markdown?: PlanMarkdownJob;
}
export interface ApplyJob extends JobInputs {
    /** Hash of the plan that was approved; the apply is refused (StalePlanError) unless it matches. */
    expectedHash: string;
    /** Who applies, for the audit record. */
    actor?: string;
    /** Names this attempt (see ApplyInputs.attempt); a fresh random id when absent. */
    attempt?: string;
    /** Resume a half-done apply of `expectedHash` (ApplyInputs.resume); needs `attempt`. */
    resume?: ResumeFrom;
}
/** What the GitHub flows need to know about a plan, without the plan. */
export interface PlanDigest {
    hash: string;
    environment: string;
    provider: ProviderName;
    summary: PlanSummary;
    policy: {
        verdict: Verdict;
    };
    /** Totals over known prices; `unknownPrices` counts the resources they leave out. */
    cost: {
        monthlyDelta: number;
        monthlyAfter: number;
        unknownPrices: number;
    };
    /** What approval rules look at; the GitHub faces keep it in the plan record. */
    facts: PlanFacts;
    hasChanges: boolean;
    unsupported: string[];
    /** One 64-hex fingerprint per change (changeFingerprints), kept by the App to resume an apply. */
    fingerprints: string[];
}
export interface PlanJobResult {
    plan: PlanDigest;
    /** The plan comment's parts (see renderPlanMarkdown); empty when the job asked for none. */
    markdown: string[];
}
export interface ApplyJobResult {
    /** The re-derived plan that was applied (its hash is the expected one). */
    plan: PlanDigest;
    result: ApplyResult;
    /** The apply comment (renderApplyMarkdown). */
    markdown: string;
}
/** Runs plan and apply jobs; the same contract in-process and on a worker pool. */
export interface PlanRunner {
    plan(job: PlanJob): Promise<PlanJobResult>;
    apply(job: ApplyJob): Promise<ApplyJobResult>;
    /** Waits for running jobs, then stops the workers (a no-op in-process). */
    close(): Promise<void>;
}
export declare function digestOf(plan: Plan): PlanDigest;
export declare function chooseNextStep(plan: Plan, steps: string | NextSteps | undefined, config?: Pick<LoadedConfig, "approvals">): string | undefined;
/** Parses, plans and renders: the whole of a plan job, wherever it runs. */
export declare function runPlanJob(job: PlanJob): Promise<PlanJobResult>;
/** Parses, re-derives the plan, applies it if its hash is the approved one, and renders the result. */
export declare function runApplyJob(job: ApplyJob): Promise<ApplyJobResult>;
/** Runs jobs on the calling thread: for the Action, the CLI and tests. */
export declare function inlineRunner(): PlanRunner;
/**
 * An error as data that survives a thread boundary. Structured cloning keeps only the message of an
 * Error, and the callers tell errors apart with `instanceof` (SpecError, StalePlanError...), so the
 * class's name and every own field travel, and the receiving side rebuilds the same class.
 */
export interface SerializedError {
    name: string;
    message: string;
    stack?: string;
    fields: Record<string, unknown>;
}
/** What a worker returns: a result, or the error the job threw. */
export type JobOutcome<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    error: SerializedError;
};
export declare function serializeError(e: unknown): SerializedError;
export declare function rebuildError(s: SerializedError): Error;
/** Runs `fn` and captures its error as data, for a worker to send back. */
export declare function outcomeOf<T>(fn: () => Promise<T>): Promise<JobOutcome<T>>;
/** The value of an outcome, or its error rebuilt and thrown. */
export declare function unwrapOutcome<T>(outcome: JobOutcome<T>): T;
export {};
