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
import { ProviderOperationError } from "../providers/provider.js";
import { renderApplyMarkdown, renderPlanMarkdown } from "../render/index.js";
import { LimitError, NotFoundError, PlagenticError, RefusedError, SpecError } from "../spec/errors.js";
import { checkedEnvironment } from "../spec/load.js";
import type { ProviderName, ResolvedEnvironment } from "../spec/model.js";
import { filesFromBytes, resolveRepositoryFiles, type ReadFile } from "../spec/repository-files.js";
import { StalePlanError } from "./apply.js";
import { hasChanges } from "./engine.js";
import { changeFingerprints } from "./fingerprints.js";
import { describeRequirement, matchApprovalRule, type PlanFacts } from "../config/approval-rules.js";
import { planFacts } from "./facts.js";
import type { ApplyResult, Plan, PlanSummary } from "./model.js";
import { ResumeRefusedError, type ResumeFrom } from "./resume.js";
import { Workspace } from "./workspace.js";

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
export class RepositoryFilesNeeded extends PlagenticError {
  constructor(readonly files: { path: string; maxBytes: number }[]) {
    super(
      `the spec names repository files that were not read with it: ${files.map((f) => f.path).join(", ")}`,
    );
  }
}

/** The job's spec parsed within config's limits, with the files it names hashed in. */
async function jobEnvironment(job: JobInputs): Promise<ResolvedEnvironment> {
  const env = checkedEnvironment(job.spec.text, job.spec.file, job.spec.name, job.config.limits);
  const unread = env.unreadFiles ?? [];
  if (unread.length === 0) return env;
  if (!job.spec.files) {
    const wanted = new Map(unread.map((f) => [f.path, { path: f.path, maxBytes: f.maxBytes }]));
    throw new RepositoryFilesNeeded([...wanted.values()]);
  }
  return resolveRepositoryFiles(env, filesFromBytes(job.spec.files));
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
  policy: { verdict: Verdict };
  /** Totals over known prices; `unknownPrices` counts the resources they leave out. */
  cost: { monthlyDelta: number; monthlyAfter: number; unknownPrices: number };
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

export function digestOf(plan: Plan): PlanDigest {
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

export function chooseNextStep(
  plan: Plan,
  steps: string | NextSteps | undefined,
  config?: Pick<LoadedConfig, "approvals">,
): string | undefined {
  if (steps === undefined || typeof steps === "string") return steps;
  if (plan.policy.verdict === "fail") return steps.policyFailed;
  if (!hasChanges(plan)) return steps.noChanges;
  if (plan.unsupported.length > 0) {
    return steps.unsupported
      ?.replaceAll("{provider}", plan.provider)
      .replaceAll("{types}", plan.unsupported.join(", "));
  }
  if (steps.ready === undefined || config === undefined) return steps.ready;
  const match = matchApprovalRule(config, plan.environment, planFacts(plan));
  return steps.ready.replaceAll("{approvals}", `${describeRequirement(match.requirement)} (${match.why})`);
}

async function withWorkspace<T>(job: JobInputs, fn: (ws: Workspace) => Promise<T>): Promise<T> {
  const ws = await Workspace.open({
    config: job.config,
    cwd: job.cwd,
    env: job.env,
    repository: job.repository,
  });
  try {
    return await fn(ws);
  } finally {
    await ws.close();
  }
}

/** Parses, plans and renders: the whole of a plan job, wherever it runs. */
export async function runPlanJob(job: PlanJob): Promise<PlanJobResult> {
  const env = await jobEnvironment(job);
  return withWorkspace(job, async (ws) => {
    const { plan } = await ws.plan(env, { commit: job.commit, destroy: job.destroy });
    const md = job.markdown;
    const markdown =
      md === undefined
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
export async function runApplyJob(job: ApplyJob): Promise<ApplyJobResult> {
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
export function inlineRunner(): PlanRunner {
  return { plan: runPlanJob, apply: runApplyJob, close: async () => {} };
}

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
export type JobOutcome<T> = { ok: true; value: T } | { ok: false; error: SerializedError };

type ErrorClass = abstract new (...args: never[]) => Error;

/** The classes rebuilt by name; anything else comes back as a plain Error with the same name and message. */
const ERROR_CLASSES: Record<string, ErrorClass> = {
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

export function serializeError(e: unknown): SerializedError {
  if (!(e instanceof Error)) return { name: "Error", message: String(e), fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(e)) {
    try {
      fields[key] = structuredClone(value);
    } catch {
      // A field that cannot cross (a function, a socket) is left behind rather than failing the job.
    }
  }
  return { name: e.name, message: e.message, ...(e.stack !== undefined && { stack: e.stack }), fields };
}

export function rebuildError(s: SerializedError): Error {
  const Class = Object.hasOwn(ERROR_CLASSES, s.name) ? ERROR_CLASSES[s.name] : undefined;
  const e = Class ? (Object.create(Class.prototype as object) as Error) : new Error(s.message);
  Object.defineProperty(e, "message", { value: s.message, writable: true, configurable: true });
  if (s.stack !== undefined)
    Object.defineProperty(e, "stack", { value: s.stack, writable: true, configurable: true });
  Object.assign(e, s.fields);
  if (!Class) e.name = s.name;
  return e;
}

/** Runs `fn` and captures its error as data, for a worker to send back. */
export async function outcomeOf<T>(fn: () => Promise<T>): Promise<JobOutcome<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (e) {
    return { ok: false, error: serializeError(e) };
  }
}

/** The value of an outcome, or its error rebuilt and thrown. */
export function unwrapOutcome<T>(outcome: JobOutcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw rebuildError(outcome.error);
}
