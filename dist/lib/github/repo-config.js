/**
 * Reading a repository's Plagentic files through the API. Config, policies, approval rules and
 * team prompts come from the DEFAULT branch, only environment specs from the PR head, so a pull
 * request cannot loosen its own gate (invariant 5).
 */
import { posix, relative } from "node:path";
import { configTextSecrets, defaultConfig, parseConfig } from "../config/loader.js";
import { NotFoundError } from "../spec/errors.js";
import { checkedEnvironment } from "../spec/load.js";
import { resolveRepositoryFiles } from "../spec/repository-files.js";
import { packagePath } from "../paths.js";
import { loadTeam, parseTeam } from "../team/loader.js";
import { gitHubRepositoryFiles } from "./repository-files.js";
export const CONFIG_PATHS = ["config.yaml", ".plagentic/config.yaml"];
/**
 * Loads config from the default branch. `workDir` is where the process keeps local state (the
 * sandbox store); relative paths in config resolve against it. The config's secrets join
 * `redactor` before anything is said about the file, even that it does not load.
 */
export async function loadRepoConfig(gh, repo, opts) {
    const defaultBranch = await gh.getDefaultBranch(repo);
    let config;
    for (const path of CONFIG_PATHS) {
        const text = await gh.getFile(repo, path, defaultBranch);
        if (text === null)
            continue;
        opts.redactor?.add(configTextSecrets(text, opts.env));
        // The teams fallback to bundled teams is for local use; on GitHub, teams come from the repo.
        config = parseConfig(text, path, opts.env, { baseDir: opts.workDir, dirExists: () => true });
        opts.redactor?.add(config.secrets);
        break;
    }
    config ??= defaultConfig(opts.workDir);
    return {
        config,
        defaultBranch,
        environmentsPath: repoPath(opts.workDir, config.environmentsDir),
        teamsPath: repoPath(opts.workDir, config.teamsDir),
    };
}
const perEvent = new WeakMap();
/**
 * The repository's config for one event, read once: the router, the plan and the apply flows all
 * ask for it, and the default branch does not change under a single event.
 */
export function repoConfigOf(ctx) {
    let rc = perEvent.get(ctx);
    if (!rc) {
        rc = loadRepoConfig(ctx.gh, ctx.repo, {
            env: ctx.env,
            workDir: ctx.workDir,
            redactor: ctx.redactor,
        }).then((loaded) => (ctx.mode === "app" ? hostedConfig(loaded, ctx) : loaded));
        // A failed read is not cached, so a retry within the event reads again.
        rc.catch(() => perEvent.delete(ctx));
        perEvent.set(ctx, rc);
    }
    return rc;
}
/** Set to `allow` by the App's operator to honour `providers.sandbox.operation_delay_ms`. */
export const SANDBOX_DELAY_SWITCH = "PLAGENTIC_SANDBOX_DELAY";
/**
 * The shared App runs every installed repository's applies on one worker pool: a simulated cloud
 * latency from a repository's config would let it hold workers for as long as it likes, so the App
 * honours it only where its operator asked for it (a test or demo installation).
 */
function hostedConfig(rc, ctx) {
    const sandbox = rc.config.providers.sandbox;
    if (sandbox?.operationDelayMs === undefined || ctx.env[SANDBOX_DELAY_SWITCH] === "allow")
        return rc;
    ctx.log.warn(`providers.sandbox.operation_delay_ms is ignored: this App honours it only with ${SANDBOX_DELAY_SWITCH}=allow`);
    const { operationDelayMs: _ignored, ...rest } = sandbox;
    return { ...rc, config: { ...rc.config, providers: { ...rc.config.providers, sandbox: rest } } };
}
function repoPath(base, absolute) {
    const rel = relative(base, absolute).split("\\").join("/");
    return rel === "" ? "." : rel;
}
export async function listRepoEnvironments(gh, repo, rc, ref) {
    const files = await gh.listDirectory(repo, rc.environmentsPath, ref);
    return files
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => f.replace(/\.ya?ml$/, ""))
        .sort();
}
/** The text of an environment's spec at a ref, with its path, or null when there is none. */
export async function readRepoSpec(gh, repo, rc, name, ref) {
    for (const ext of [".yaml", ".yml"]) {
        const file = posix.join(rc.environmentsPath, name + ext);
        const text = await gh.getFile(repo, file, ref);
        if (text !== null)
            return { file, text };
    }
    return null;
}
/**
 * The spec of one environment at a commit, with the files it names read at the same commit;
 * unknown names list the valid ones.
 */
export async function loadRepoEnvironment(gh, repo, rc, name, ref) {
    const spec = await readRepoSpec(gh, repo, rc, name, ref);
    if (spec)
        return resolveRepositoryFiles(checkedEnvironment(spec.text, spec.file, name, rc.config.limits), gitHubRepositoryFiles(gh, repo, ref));
    throw new NotFoundError("environment", name, await listRepoEnvironments(gh, repo, rc, ref));
}
/**
 * A team file from the default branch, so a PR cannot rewrite the prompts that review it; a
 * repository without its own team file gets the bundled one of that name.
 */
export async function loadRepoTeam(gh, repo, rc, name) {
    for (const ext of [".yaml", ".yml"]) {
        const file = posix.join(rc.teamsPath, name + ext);
        const text = await gh.getFile(repo, file, rc.defaultBranch);
        if (text !== null)
            return parseTeam(text, file);
    }
    try {
        return await loadTeam(name, packagePath("teams"));
    }
    catch (e) {
        if (e instanceof NotFoundError)
            return null;
        throw e;
    }
}
