/**
 * Finding, reading and resolving config.yaml. `parseConfig` works on text alone (the GitHub App
 * reads config from the default branch through the API); `loadConfig` adds discovery and the
 * filesystem.
 */
import { existsSync, statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { packagePath } from "../paths.js";
import { SpecError } from "../spec/errors.js";
import { formatFieldPath, parseYamlSource, zodIssueToError } from "../spec/yaml-source.js";
import { interpolate } from "./interpolate.js";
import { userIssueMessage } from "./issue-messages.js";
import { configFileSchema, DEFAULT_LIMITS } from "./schema.js";
export const CONFIG_ENV_VAR = "PLAGENTIC_CONFIG";
export function parseConfig(text, file, env = process.env, opts = {}) {
    const source = parseYamlSource(text, file);
    const { data, undefinedVars, secrets } = interpolate(source.data ?? {}, env);
    const result = configFileSchema.safeParse(data, { error: userIssueMessage });
    if (!result.success)
        throw zodIssueToError(source, result.error);
    return resolveConfig(result.data, {
        source: file,
        baseDir: opts.baseDir ?? dirname(resolve(file)),
        dirExists: opts.dirExists ?? isDirectory,
        secrets: [...secrets, ...fieldSecrets(source.data, env)],
        undefinedVars: undefinedVars.map((u) => ({ field: formatFieldPath(u.path), variable: u.variable })),
    });
}
/** The configuration used when no config file is found: sandbox provider, no models. */
export function defaultConfig(cwd = process.cwd()) {
    return resolveConfig({}, { source: null, baseDir: resolve(cwd), dirExists: isDirectory, secrets: [], undefinedVars: [] });
}
/**
 * The config file to use: `--config`, then $PLAGENTIC_CONFIG, then ./config.yaml, then
 * ./.plagentic/config.yaml; null means built-in defaults. A path the user named explicitly
 * must exist.
 */
export async function discoverConfig(opts) {
    const named = [
        [opts.explicit, "--config"],
        [opts.env[CONFIG_ENV_VAR] || undefined, CONFIG_ENV_VAR],
    ];
    for (const [path, origin] of named) {
        if (path === undefined)
            continue;
        const full = resolve(opts.cwd, path);
        if (!(await isFile(full))) {
            throw new SpecError({ file: path }, undefined, `config file not found (named by ${origin})`);
        }
        return full;
    }
    for (const candidate of ["config.yaml", ".plagentic/config.yaml"]) {
        const full = resolve(opts.cwd, candidate);
        if (await isFile(full))
            return full;
    }
    return null;
}
export async function loadConfig(opts = {}) {
    const cwd = resolve(opts.cwd ?? process.cwd());
    const env = opts.env ?? process.env;
    const file = await discoverConfig({ ...(opts.path !== undefined && { explicit: opts.path }), env, cwd });
    if (file === null)
        return defaultConfig(cwd);
    let text;
    try {
        text = await readFile(file, "utf8");
    }
    catch (e) {
        throw new SpecError({ file: displayPath(file, cwd) }, undefined, `cannot read config: ${e.message}`);
    }
    const loaded = parseConfig(text, displayPath(file, cwd), env, { baseDir: dirname(file) });
    return { ...loaded, source: file };
}
/** Finds the model endpoint for a team's `model.provider`, treating `claude` and `anthropic` as one. */
export function modelEndpoint(config, provider) {
    const aliases = provider === "claude" || provider === "anthropic" ? ["claude", "anthropic"] : [provider];
    for (const name of aliases) {
        const endpoint = config.models[name];
        if (endpoint?.apiKey)
            return endpoint;
    }
    return undefined;
}
function usageRangeOverrides(raw) {
    const out = {};
    for (const [key, range] of Object.entries(raw ?? {}))
        if (range)
            out[key] = { low: range.low, high: range.high };
    return out;
}
function listOf(value) {
    return value === undefined ? undefined : typeof value === "string" ? [value] : value;
}
function resolveConfig(raw, ctx) {
    const at = (path) => resolve(ctx.baseDir, path);
    const teamsDir = at(raw.teams_dir ?? "teams");
    const models = {};
    for (const [name, m] of Object.entries(raw.models ?? {})) {
        models[name] = {
            ...(m.api_base && { apiBase: m.api_base }),
            ...(m.api_key && { apiKey: m.api_key }),
            models: m.models ?? [],
        };
    }
    const p = raw.providers;
    const environments = {};
    for (const [name, rule] of Object.entries(raw.approvals?.environments ?? {})) {
        environments[name] = {
            ...(rule.required != null && { required: rule.required }),
            ...(rule.permission != null && { permission: rule.permission }),
            ...(rule.teams != null && { teams: rule.teams }),
        };
    }
    return {
        source: ctx.source,
        baseDir: ctx.baseDir,
        models,
        providers: {
            default: p?.default ?? "sandbox",
            ...(p?.sandbox && { sandbox: defined({ operationDelayMs: p.sandbox.operation_delay_ms }) }),
            ...(p?.aws && {
                aws: defined({
                    region: p.aws.region,
                    endpoint: p.aws.endpoint,
                    profile: p.aws.profile,
                    waitTimeoutSeconds: p.aws.wait_timeout_seconds,
                }),
            }),
            ...(p?.gcp && {
                gcp: defined({
                    project: p.gcp.project,
                    region: p.gcp.region,
                    apiEndpoint: p.gcp.api_endpoint,
                    waitTimeoutSeconds: p.gcp.wait_timeout_seconds,
                }),
            }),
            ...(p?.azure && {
                azure: defined({
                    subscriptionId: p.azure.subscription_id,
                    resourceGroup: p.azure.resource_group,
                    location: p.azure.location,
                    endpoint: p.azure.endpoint,
                    audience: p.azure.audience,
                    authorityHost: p.azure.authority_host,
                    instanceDiscovery: p.azure.instance_discovery,
                    waitTimeoutSeconds: p.azure.wait_timeout_seconds,
                }),
            }),
        },
        environmentsDir: at(raw.environments_dir ?? "environments"),
        // A project without its own teams still gets the shipped ones.
        teamsDir: raw.teams_dir == null && !ctx.dirExists(teamsDir) ? packagePath("teams") : teamsDir,
        policies: raw.policies ?? {},
        approvals: {
            configured: raw.approvals !== undefined,
            required: raw.approvals?.required ?? 1,
            applyOn: raw.approvals?.apply_on ?? "approval",
            environments,
            rules: (raw.approvals?.rules ?? []).map((rule, i) => ({
                name: rule.name ?? `rule ${i + 1}`,
                when: defined({
                    environments: listOf(rule.when.environment),
                    monthlyCostDeltaOver: rule.when.monthly_cost_delta_over,
                    destroyOrReplace: rule.when.destroy_or_replace,
                    resourceTypes: listOf(rule.when.resource_type),
                    overBudget: rule.when.over_budget,
                }),
                require: defined({
                    required: rule.require.approvals,
                    permission: rule.require.permission,
                    teams: rule.require.teams,
                }),
            })),
        },
        drift: defined({
            schedule: raw.drift?.schedule ?? undefined,
            environments: raw.drift?.environments ?? undefined,
        }),
        previews: raw.previews
            ? {
                environments: [...new Set(raw.previews.environments)],
                ...defined({
                    maxMonthlyCost: raw.previews.max_monthly_cost ?? undefined,
                    ttlHours: raw.previews.ttl_hours ?? undefined,
                }),
                requireApproval: raw.previews.require_approval ?? false,
            }
            : null,
        state: { path: at(raw.state?.path ?? ".plagentic/state.db") },
        cost: { usageRanges: usageRangeOverrides(raw.cost?.usage_ranges) },
        limits: {
            maxResources: raw.limits?.max_resources ?? DEFAULT_LIMITS.maxResources,
            maxSpecBytes: raw.limits?.max_spec_bytes ?? DEFAULT_LIMITS.maxSpecBytes,
        },
        sharing: Object.fromEntries(Object.entries(raw.sharing ?? {}).map(([env, repos]) => [
            env,
            [...new Set(repos.map((r) => r.toLowerCase()))].sort(),
        ])),
        github: {
            autoplan: raw.github?.autoplan ?? false,
            allowForkPlans: raw.github?.allow_fork_plans ?? false,
            releaseLockOn: raw.github?.release_lock_on ?? "merge",
        },
        logging: {
            level: raw.logging?.level ?? "info",
            ...(raw.logging?.file && { file: at(raw.logging.file) }),
        },
        prices: {
            // `~/` is the user's home, as a cache path is usually written; other relative paths are from the config.
            ...(raw.prices?.cache_dir && {
                cacheDir: /^~(?=$|\/)/.test(raw.prices.cache_dir)
                    ? join(homedir(), raw.prices.cache_dir.slice(1))
                    : at(raw.prices.cache_dir),
            }),
            endpoints: defined({
                aws: raw.prices?.endpoints?.aws,
                azure: raw.prices?.endpoints?.azure,
                gcp: raw.prices?.endpoints?.gcp,
            }),
        },
        mcp: { allowedTools: [...new Set(raw.mcp?.allowed_tools ?? [])] },
        security: {
            rbacEnabled: raw.security?.rbac_enabled ?? false,
            ...defined({ keycloakUrl: raw.security?.keycloak_url, realm: raw.security?.realm }),
        },
        secrets: [...new Set(ctx.secrets)],
        undefinedVars: ctx.undefinedVars,
        warnings: Object.keys(raw.tools ?? {}).map((name) => `tools.${name} is ignored: Plagentic agents get only their own plan-mode tools, never a shell, browser or file writer`),
    };
}
/** Drops keys whose value is empty, so optional fields are absent rather than "" or null. */
function defined(obj) {
    const out = {};
    for (const [key, value] of Object.entries(obj)) {
        if (value !== undefined && value !== null && value !== "")
            out[key] = value;
    }
    return out;
}
/** Words that make a key name a credential's: `api_key`, `apiToken`, `client-secret`, `db_password`... */
const SECRET_WORDS = new Set([
    "key",
    "apikey",
    "token",
    "secret",
    "password",
    "passwd",
    "passphrase",
    "credential",
    "credentials",
]);
/** Whether a config key holds a credential, judged by the words of its name (`keycloak_url` does not). */
export function isSecretFieldName(key) {
    const words = key
        .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
        .toLowerCase()
        .split(/[^a-z0-9]+/);
    return words.some((w) => SECRET_WORDS.has(w));
}
/**
 * Every value under a credential-named key, at any depth, whether written into the file
 * (`api_key: sk-live-...`) or interpolated into it: the whole value and, for a value built from
 * variables (`"Bearer ${TOKEN}"`), each variable's own value too. `raw` is the document before
 * interpolation; the walk never throws, so secrets are known even for a file that fails validation.
 */
function fieldSecrets(raw, env) {
    const found = [];
    const visit = (value, secret) => {
        if (typeof value === "string" || typeof value === "number") {
            if (!secret)
                return;
            // Reading through a proxy records each variable the value refers to, in interpolate's own grammar.
            const reading = new Proxy(env, {
                get(target, name) {
                    const v = typeof name === "string" ? target[name] : undefined;
                    if (v)
                        found.push(v);
                    return v;
                },
            });
            found.push(String(interpolate(String(value), reading).data));
        }
        else if (Array.isArray(value)) {
            for (const item of value)
                visit(item, secret);
        }
        else if (value !== null && typeof value === "object") {
            for (const [k, v] of Object.entries(value))
                visit(v, secret || isSecretFieldName(k));
        }
    };
    visit(raw, false);
    return found.filter((s) => s !== "");
}
/**
 * The secrets of a config file's text, for redacting what is said about a file that does not load
 * (an error can quote it). Never throws.
 */
export function configTextSecrets(text, env = process.env) {
    try {
        const raw = parseYamlSource(text, "config.yaml").data;
        return [...new Set([...interpolate(raw ?? {}, env).secrets, ...fieldSecrets(raw, env)])];
    }
    catch {
        return [];
    }
}
function displayPath(file, cwd) {
    const rel = relative(cwd, file);
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : file;
}
function isDirectory(path) {
    try {
        return existsSync(path) && statSync(path).isDirectory();
    }
    catch {
        return false;
    }
}
async function isFile(path) {
    try {
        return (await stat(path)).isFile();
    }
    catch {
        return false;
    }
}
