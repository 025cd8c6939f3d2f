/**
 * What every GitHub handler receives. The App and the Action build the same context from their
 * own inputs (a webhook or an Actions event), which is what makes them behave identically.
 */
import type { Env } from "../config/loader.js";
import { inlineRunner, type PlanRunner } from "../plan/jobs.js";
import type { Plan } from "../plan/model.js";
import type { Redactor } from "../render/redact.js";
import type { ApprovedChanges } from "../store/approved-changes.js";
import type { GitHubClient, RepoRef } from "./client.js";

export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
}

export interface GitHubContext {
  /** Already redacting: every text it sends to GitHub has secrets masked (invariant 7). */
  gh: GitHubClient;
  /**
   * The redactor behind `gh` and `log`, built for this event: the repository's config, read only
   * once the event is being handled, adds its own secrets to it (see `repoConfigOf`).
   */
  redactor?: Redactor;
  repo: RepoRef;
  /** "app": check runs with an Apply button; "action": commit statuses and a job summary. */
  mode: "app" | "action";
  /** The login the bot's own comments carry, e.g. "plagentic[bot]" or "github-actions[bot]". */
  botLogin: string;
  env: Env;
  /** Where local state (the sandbox store, team memory) lives. */
  workDir: string;
  log: Logger;
  now: () => Date;
  /**
   * The secret that authenticates plan records (markers.ts): derived from the App's private key,
   * or the Action's `record-key`. See record-key.ts.
   */
  recordKey: Buffer;
  /** Where plans and applies run: the App's worker pool; in-process when absent. */
  runner?: PlanRunner;
  /** The App's record of each plan's changes (replicas on one database share it); absent in the Action. */
  approvedChanges?: ApprovedChanges;
  /**
   * Set when this event's job is run again because the replica that ran it stopped answering
   * (its lease expired): an apply it had started may be half done, and is resumed from live.
   */
  takeover?: boolean;
  /**
   * The webhook delivery being handled (the App). Stable when a job is taken over, unique per
   * event otherwise: what an apply's idempotency tokens are derived from.
   */
  deliveryId?: string;
}

const inline = inlineRunner();

/** The context's runner, or the in-process one. */
export function runnerOf(ctx: GitHubContext): PlanRunner {
  return ctx.runner ?? inline;
}

export interface PlanOutcome {
  environment: string;
  planHash: string;
  hasChanges: boolean;
  monthlyDelta: number;
  verdict: Plan["policy"]["verdict"];
  commentUrl?: string;
  /** Why the plan may not be applied although policy passed (a preview over its cost cap). */
  held?: string;
}

export interface ApplyOutcome {
  environment: string;
  ok: boolean;
  planHash: string;
}

/** What handling one event did; the Action turns it into outputs and a job summary. */
export interface EventOutcome {
  /** False when the event was ignored (not a command, the bot's own comment...). */
  handled: boolean;
  /** Why it was ignored or refused, for logs. */
  note?: string;
  plans: PlanOutcome[];
  applies: ApplyOutcome[];
  /** Markdown for a job summary: what was posted, in short. */
  summary: string[];
  /** Set when handling failed (a plan or apply that could not finish): the Action's job fails. */
  failed?: string;
}

export function emptyOutcome(note?: string): EventOutcome {
  return { handled: false, ...(note && { note }), plans: [], applies: [], summary: [] };
}
