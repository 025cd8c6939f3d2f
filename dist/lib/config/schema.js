/**
 * The shape of config.yaml as written. Every object is strict so a misspelt key is an error at
 * its line instead of a setting silently not taking effect. Sections of the original Python
 * Plagentic config (`models`, `tools`, `logging`, `security`) are kept so old files still load.
 */
import { z } from "zod";
import { DEFAULT_USAGE_RANGES } from "../cost/usage-ranges.js";
import { policyConfigSchema } from "../policy/config.js";
import { DEFAULT_SPEC_LIMITS } from "../spec/limits.js";
import { cronProblem } from "./cron.js";
export const PROVIDER_NAMES = ["sandbox", "aws", "gcp", "azure"];
const modelEndpointSchema = z.strictObject({
    api_base: z.string().nullish(),
    api_key: z.string().nullish(),
    models: z.array(z.string()).nullish(),
});
/**
 * The original's tools (terminal, browser, saveFile, searchGoogle) are accepted so old files load,
 * but nothing in them is used: Plagentic's agents only get its own plan-mode tools.
 */
const legacyToolsSchema = z.record(z.string(), z.union([z.record(z.string(), z.unknown()), z.null()]));
const LOG_LEVELS = {
    trace: "trace",
    debug: "debug",
    info: "info",
    warn: "warn",
    warning: "warn",
    error: "error",
    critical: "fatal",
    fatal: "fatal",
    silent: "silent",
};
const logLevelSchema = z.string().transform((value, ctx) => {
    const level = LOG_LEVELS[value.toLowerCase()];
    if (level)
        return level;
    ctx.addIssue({
        code: "custom",
        message: `expected one of ${Object.keys(LOG_LEVELS).join(", ")} (any case), received ${JSON.stringify(value)}`,
    });
    return z.NEVER;
});
const loggingSchema = z.strictObject({
    level: logLevelSchema.nullish(),
    /** The original's Python logging format string; kept for compatibility, not used by pino. */
    format: z.string().nullish(),
    file: z.string().nullish(),
});
const securitySchema = z.strictObject({
    rbac_enabled: z.boolean().nullish(),
    keycloak_url: z.string().nullish(),
    realm: z.string().nullish(),
});
/**
 * Longest wait for one long operation (a cluster or a database becoming ready) before the apply
 * records a Timeout for that resource; the next plan shows what is left.
 */
const waitTimeout = z.number().int().min(10).max(86_400).optional();
const providersSchema = z.strictObject({
    default: z.enum(PROVIDER_NAMES).nullish(),
    sandbox: z
        .strictObject({
        /** A simulated cloud latency before each create, update and delete (end-to-end tests). */
        operation_delay_ms: z.number().int().min(0).max(10_000).optional(),
    })
        .optional(),
    aws: z
        .strictObject({
        region: z.string().optional(),
        endpoint: z.string().optional(),
        profile: z.string().optional(),
        wait_timeout_seconds: waitTimeout,
    })
        .optional(),
    gcp: z
        .strictObject({
        project: z.string().optional(),
        region: z.string().optional(),
        api_endpoint: z.string().optional(),
        wait_timeout_seconds: waitTimeout,
    })
        .optional(),
    azure: z
        .strictObject({
        subscription_id: z.string().optional(),
        resource_group: z.string().optional(),
        location: z.string().optional(),
        endpoint: z.string().optional(),
        audience: z.string().optional(),
        authority_host: z.string().optional(),
        instance_discovery: z.boolean().optional(),
        wait_timeout_seconds: waitTimeout,
    })
        .optional(),
});
export const PERMISSIONS = ["write", "maintain", "admin"];
const environmentApprovalSchema = z.strictObject({
    required: z.number().int().min(0).nullish(),
    permission: z.enum(PERMISSIONS).nullish(),
    teams: z.array(z.string().min(1)).nullish(),
});
/** One name or a list of them, as `when.environment` and `when.resource_type` take. */
const oneOrMany = z.union([z.string().min(1).max(100), z.array(z.string().min(1).max(100)).min(1).max(100)]);
/**
 * `approvals.rules`: the first rule whose `when` matches a plan sets what applying it needs. A rule
 * without conditions matches every plan; one with several matches only when all hold.
 */
const approvalRuleSchema = z.strictObject({
    /** Shown in the plan comment; by default "rule <n>". */
    name: z
        .string()
        .min(1)
        .max(80)
        .regex(/^[A-Za-z0-9][A-Za-z0-9 _.:$>=<-]*$/, "use letters, digits, spaces and _ . : $ > = < -")
        .optional(),
    when: z
        .strictObject({
        environment: oneOrMany.optional(),
        /** The plan adds more than this many USD a month. */
        monthly_cost_delta_over: z.number().min(0).max(1e9).optional(),
        /** The plan destroys or replaces at least one resource. */
        destroy_or_replace: z.boolean().optional(),
        /** The plan changes at least one resource of one of these types. */
        resource_type: oneOrMany.optional(),
        /** After the plan the environment costs more than its spec's `budget.monthly` (or may: unknown prices). */
        over_budget: z.boolean().optional(),
    })
        .default({}),
    require: z.strictObject({
        approvals: z.number().int().min(0).max(20).optional(),
        permission: z.enum(PERMISSIONS).optional(),
        teams: z.array(z.string().min(1).max(100)).min(1).max(20).optional(),
    }),
});
const approvalsSchema = z.strictObject({
    required: z.number().int().min(0).nullish(),
    /** `merge`: apply once the pull request merges into the default branch, from the merge commit. */
    apply_on: z.enum(["approval", "command", "merge"]).nullish(),
    environments: z.record(z.string(), environmentApprovalSchema).nullish(),
    rules: z.array(approvalRuleSchema).max(100).nullish(),
});
/** A five-field cron expression (minute precision), checked by the library that runs it. */
const cronSchema = z
    .string()
    .min(1)
    .max(200)
    .superRefine((value, ctx) => {
    const problem = cronProblem(value);
    if (problem)
        ctx.addIssue({ code: "custom", message: problem });
});
/** `drift:` the schedule `serve` (and the Action's `schedule` event) checks environments on. */
const driftSchema = z.strictObject({
    schedule: cronSchema.nullish(),
    /** Which environments the schedule checks; all of them by default. */
    environments: z.array(z.string().min(1).max(63)).max(500).nullish(),
});
/** `previews:` which environments `/plagentic preview <env>` may copy per pull request, and how. */
const previewsSchema = z.strictObject({
    environments: z.array(z.string().min(1).max(55)).min(1).max(100),
    /** A preview whose monthly cost would exceed this (USD) is not applied. */
    max_monthly_cost: z.number().min(0).max(1e9).nullish(),
    /** Hours after its creation a preview is destroyed, if its pull request is still open. */
    ttl_hours: z
        .number()
        .min(1)
        .max(24 * 90)
        .nullish(),
    /** Whether a preview waits for an approval like any plan; by default it is applied when planned. */
    require_approval: z.boolean().nullish(),
});
const stateSchema = z.strictObject({ path: z.string().min(1).optional() });
const githubSchema = z.strictObject({
    autoplan: z.boolean().nullish(),
    allow_fork_plans: z.boolean().nullish(),
    release_lock_on: z.enum(["apply", "merge"]).nullish(),
});
/** GitHub repository names, as `sharing:` lists them. */
const REPOSITORY_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
/** Bounds on what one spec may make a server do (hole 5 of the adversarial review). */
const limitsSchema = z.strictObject({
    max_resources: z.number().int().min(1).max(1_000_000).nullish(),
    max_spec_bytes: z
        .number()
        .int()
        .min(1_024)
        .max(64 * 1024 * 1024)
        .nullish(),
});
// Bounded so that a range times a price stays a finite amount of money (and the plan hashable).
const usageFigure = z.number().nonnegative().max(1e12);
const usageRangeSchema = z
    .strictObject({ low: usageFigure, high: usageFigure })
    .refine((r) => r.low <= r.high, { message: "low must not be above high" });
const USAGE_KEYS = Object.keys(DEFAULT_USAGE_RANGES).sort();
/**
 * `cost.usage_ranges`: typical usage per `usage:` key, replacing the built-in figures of
 * src/cost/usage-ranges.ts for the ranges shown when a spec gives none. Only keys an estimator
 * reads are accepted, so a misspelt key is an error rather than a range that never applies.
 */
const costSchema = z.strictObject({
    usage_ranges: z
        .strictObject(Object.fromEntries(USAGE_KEYS.map((k) => [k, usageRangeSchema.optional()])))
        .nullish(),
});
/**
 * Where `plagentic prices update` writes its cache and which base URLs it fetches from. The
 * endpoints exist so tests and mirrors can point elsewhere; the defaults are the public APIs.
 */
const pricesSchema = z.strictObject({
    cache_dir: z.string().min(1).nullish(),
    endpoints: z
        .strictObject({
        aws: z.url().nullish(),
        azure: z.url().nullish(),
        gcp: z.url().nullish(),
    })
        .nullish(),
});
/**
 * `mcp.allowed_tools`: external MCP tools (`<server>.<tool>` or `<server>__<tool>`) offered to a
 * team although their annotations do not mark them read-only. Config is read from the default
 * branch, so this is the default-branch allowlist of plan mode's rule for tools Plagentic did not
 * write.
 */
const mcpSchema = z.strictObject({
    allowed_tools: z.array(z.string().min(1).max(200)).max(500).nullish(),
});
/** The spec parser's own defaults, so the two can never drift apart. */
export const DEFAULT_LIMITS = DEFAULT_SPEC_LIMITS;
export const configFileSchema = z.strictObject({
    models: z.record(z.string(), modelEndpointSchema).nullish(),
    tools: legacyToolsSchema.nullish(),
    logging: loggingSchema.nullish(),
    security: securitySchema.nullish(),
    providers: providersSchema.nullish(),
    environments_dir: z.string().min(1).nullish(),
    teams_dir: z.string().min(1).nullish(),
    /** Owned by the policy module, which knows each rule's options. */
    policies: policyConfigSchema.nullish(),
    approvals: approvalsSchema.nullish(),
    drift: driftSchema.nullish(),
    previews: previewsSchema.nullish(),
    state: stateSchema.nullish(),
    github: githubSchema.nullish(),
    limits: limitsSchema.nullish(),
    cost: costSchema.nullish(),
    prices: pricesSchema.nullish(),
    mcp: mcpSchema.nullish(),
    /**
     * Environment name → the other repositories (`owner/name`) that may plan against and change it.
     * Read from the owning repository's default branch only.
     */
    sharing: z
        .record(z.string(), z.array(z.string().regex(REPOSITORY_NAME, "expected a repository as owner/name")).max(20))
        .nullish(),
});
