/**
 * A workspace ties the pieces together for one run: config, price catalog, store and providers.
 * The CLI, the SDK and later the GitHub faces all plan, apply and check drift through it.
 */
import { loadConfig } from "../config/loader.js";
import { bundledPriceDir, defaultPriceCacheDir, loadPriceCatalog, usageRanges } from "../cost/index.js";
import { LOCAL_REPOSITORY, normalizeRepository, targetOf, } from "../providers/provider.js";
import { loadProvider } from "../providers/registry.js";
import { diskRepositoryFiles } from "../spec/disk-files.js";
import { resolveRepositoryFiles } from "../spec/repository-files.js";
import { listEnvironmentNames, loadEnvironment } from "../spec/load.js";
import { recordApply } from "../store/audit.js";
import { openStore } from "../store/store.js";
import { applyPlan } from "./apply.js";
import { detectDrift } from "./drift.js";
import { createPlan } from "./engine.js";
export class Workspace {
    config;
    catalog;
    statePath;
    now;
    cwd;
    env;
    progress;
    repository;
    storeHandle;
    providers = new Map();
    constructor(config, catalog, statePath, now, cwd, env, progress, 
    /** Normalized `owner/name`, or `local`. */
    repository) {
        this.config = config;
        this.catalog = catalog;
        this.statePath = statePath;
        this.now = now;
        this.cwd = cwd;
        this.env = env;
        this.progress = progress;
        this.repository = repository;
    }
    static async open(opts = {}) {
        const cwd = opts.cwd ?? process.cwd();
        const config = opts.config ??
            (await loadConfig({
                ...(opts.configPath && { path: opts.configPath }),
                cwd,
                env: opts.env ?? process.env,
            }));
        const env = opts.env ?? process.env;
        const repository = normalizeRepository(opts.repository ?? LOCAL_REPOSITORY);
        // A repository's own config.yaml may not choose a directory on the App's or runner's disk to
        // read prices from: `prices.cache_dir` counts only for a local run, whose config is the user's.
        const cacheDir = opts.priceCacheDir !== undefined
            ? opts.priceCacheDir
            : defaultPriceCacheDir(env, repository === LOCAL_REPOSITORY ? config : undefined);
        const catalog = loadPriceCatalog([bundledPriceDir(), ...(cacheDir ? [cacheDir] : [])], {
            warn: (message) => opts.progress
                ? opts.progress(`warning: ${message}`)
                : process.emitWarning(message, "PlagenticPrices"),
        });
        return new Workspace(config, catalog, opts.statePath ?? config.state.path, opts.now ?? (() => new Date()), cwd, opts.env ?? process.env, opts.progress, repository);
    }
    /** Whose environment `name` is here: this repository's, shared as the config's `sharing:` says. */
    identity(name) {
        return { repository: this.repository, sharedWith: this.config.sharing[name] ?? [] };
    }
    /** The SQLite store, opened on first use. */
    store() {
        this.storeHandle ??= openStore(this.statePath);
        return this.storeHandle;
    }
    environmentNames() {
        return listEnvironmentNames(this.config.environmentsDir);
    }
    /**
     * Reads and parses a spec from disk, within config's `limits:`; the files it names are read
     * from the repository root, the directory that holds config.yaml.
     */
    loadEnvironment(name) {
        return loadEnvironment(this.config.environmentsDir, name, this.cwd, this.config.limits, diskRepositoryFiles(this.config.baseDir));
    }
    async provider(name) {
        let p = this.providers.get(name);
        if (!p) {
            p = await loadProvider(name, {
                store: () => this.store(),
                catalog: this.catalog,
                settings: this.config.providers,
                env: this.env,
                ...(this.progress && { progress: this.progress }),
            });
            this.providers.set(name, p);
        }
        return p;
    }
    get policies() {
        return (this.config.policies ?? {});
    }
    /**
     * The environment with the files it names read, when it came as text (a team's proposal):
     * from the working tree in a local run; a repository's run must read them at its commit
     * (the plan refuses an environment whose files are unread), never from this machine's disk.
     */
    async withFiles(env) {
        if (!env.unreadFiles?.length || this.repository !== LOCAL_REPOSITORY)
            return env;
        return resolveRepositoryFiles(env, diskRepositoryFiles(this.config.baseDir));
    }
    /** Everything a plan is a function of, besides live state. */
    async planInputs(env, opts) {
        return {
            env: await this.withFiles(env),
            provider: await this.provider(env.spec.provider),
            catalog: this.catalog,
            policies: this.policies,
            usageRanges: usageRanges(this.config.cost?.usageRanges),
            commit: opts.commit ?? null,
            destroy: opts.destroy ?? false,
            identity: this.identity(env.spec.environment),
        };
    }
    async plan(env, opts = {}) {
        return createPlan(await this.planInputs(env, opts));
    }
    async apply(env, opts) {
        const startedAt = this.now().toISOString();
        const out = await applyPlan({
            ...(await this.planInputs(env, opts)),
            expectedHash: opts.expectedHash,
            ...(opts.onProgress && { onProgress: opts.onProgress }),
            ...(opts.attempt !== undefined && { attempt: opts.attempt }),
            ...(opts.resume && { resume: opts.resume }),
        });
        recordApply(this.store(), out.result, {
            startedAt,
            finishedAt: this.now().toISOString(),
            ...(opts.actor && { actor: opts.actor }),
        });
        return out;
    }
    async drift(env) {
        return detectDrift(await this.withFiles(env), await this.provider(env.spec.provider), this.identity(env.spec.environment));
    }
    /** The live resources the environment owns, as its provider reads them (nothing is planned). */
    async liveResources(env) {
        const provider = await this.provider(env.spec.provider);
        return provider.readLive(targetOf(env.spec, this.identity(env.spec.environment)));
    }
    async close() {
        for (const p of this.providers.values())
            await p.close?.();
        this.providers.clear();
        this.storeHandle?.close();
        this.storeHandle = undefined;
    }
}
