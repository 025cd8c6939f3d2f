/**
 * A workspace ties the pieces together for one run: config, price catalog, store and providers.
 * The CLI, the SDK and later the GitHub faces all plan, apply and check drift through it.
 */
import { loadConfig } from "../config/loader.js";
import type { LoadedConfig } from "../config/model.js";
import type { PriceCatalog } from "../cost/catalog.js";
import { bundledPriceDir, defaultPriceCacheDir, loadPriceCatalog, usageRanges } from "../cost/index.js";
import type { PolicyConfig } from "../policy/index.js";
import {
  LOCAL_REPOSITORY,
  normalizeRepository,
  targetOf,
  type EnvironmentIdentity,
  type LiveResource,
  type Provider,
} from "../providers/provider.js";
import { loadProvider } from "../providers/registry.js";
import { diskRepositoryFiles } from "../spec/disk-files.js";
import { resolveRepositoryFiles } from "../spec/repository-files.js";
import { listEnvironmentNames, loadEnvironment } from "../spec/load.js";
import type { ResolvedEnvironment } from "../spec/model.js";
import { recordApply } from "../store/audit.js";
import { openStore, type Store } from "../store/store.js";
import { applyPlan, type ApplyProgress } from "./apply.js";
import type { ResumeFrom } from "./resume.js";
import { detectDrift } from "./drift.js";
import { createPlan, type PlanInputs, type PlanWithState } from "./engine.js";
import type { ApplyResult, DriftReport, Plan } from "./model.js";

export interface WorkspaceOptions {
  /** A config file path (`--config`); discovery applies when absent. */
  configPath?: string;
  /** An already loaded config, e.g. one read from a default branch. */
  config?: LoadedConfig;
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Overrides `state.path` from config (tests, benchmarks). */
  statePath?: string;
  /** Injected clock for audit records. */
  now?: () => Date;
  /** Where providers report progress on slow steps. */
  progress?: (line: string) => void;
  /**
   * The price cache `plagentic prices update` writes, layered over the bundled prices; null for
   * none. Defaults to `~/.cache/plagentic/prices/` (from `env`'s HOME). Plans only read it.
   */
  priceCacheDir?: string | null;
  /**
   * The repository (`owner/name`) whose environments this workspace plans; `local` (the default)
   * for a run that belongs to no repository. Resources of other repositories are never read.
   */
  repository?: string;
}

export class Workspace {
  private storeHandle: Store | undefined;
  private readonly providers = new Map<string, Provider>();

  private constructor(
    readonly config: LoadedConfig,
    readonly catalog: PriceCatalog,
    private readonly statePath: string,
    private readonly now: () => Date,
    private readonly cwd: string,
    private readonly env: Record<string, string | undefined>,
    private readonly progress: ((line: string) => void) | undefined,
    /** Normalized `owner/name`, or `local`. */
    readonly repository: string,
  ) {}

  static async open(opts: WorkspaceOptions = {}): Promise<Workspace> {
    const cwd = opts.cwd ?? process.cwd();
    const config =
      opts.config ??
      (await loadConfig({
        ...(opts.configPath && { path: opts.configPath }),
        cwd,
        env: opts.env ?? process.env,
      }));
    const env = opts.env ?? process.env;
    const repository = normalizeRepository(opts.repository ?? LOCAL_REPOSITORY);
    // A repository's own config.yaml may not choose a directory on the App's or runner's disk to
    // read prices from: `prices.cache_dir` counts only for a local run, whose config is the user's.
    const cacheDir =
      opts.priceCacheDir !== undefined
        ? opts.priceCacheDir
        : defaultPriceCacheDir(env, repository === LOCAL_REPOSITORY ? config : undefined);
    const catalog = loadPriceCatalog([bundledPriceDir(), ...(cacheDir ? [cacheDir] : [])], {
      warn: (message) =>
        opts.progress
          ? opts.progress(`warning: ${message}`)
          : process.emitWarning(message, "PlagenticPrices"),
    });
    return new Workspace(
      config,
      catalog,
      opts.statePath ?? config.state.path,
      opts.now ?? (() => new Date()),
      cwd,
      opts.env ?? process.env,
      opts.progress,
      repository,
    );
  }

  /** Whose environment `name` is here: this repository's, shared as the config's `sharing:` says. */
  identity(name: string): EnvironmentIdentity {
    return { repository: this.repository, sharedWith: this.config.sharing[name] ?? [] };
  }

  /** The SQLite store, opened on first use. */
  store(): Store {
    this.storeHandle ??= openStore(this.statePath);
    return this.storeHandle;
  }

  environmentNames(): Promise<string[]> {
    return listEnvironmentNames(this.config.environmentsDir);
  }

  /**
   * Reads and parses a spec from disk, within config's `limits:`; the files it names are read
   * from the repository root, the directory that holds config.yaml.
   */
  loadEnvironment(name: string): Promise<ResolvedEnvironment> {
    return loadEnvironment(
      this.config.environmentsDir,
      name,
      this.cwd,
      this.config.limits,
      diskRepositoryFiles(this.config.baseDir),
    );
  }

  async provider(name: string): Promise<Provider> {
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

  private get policies(): PolicyConfig {
    return (this.config.policies ?? {}) as PolicyConfig;
  }

  /**
   * The environment with the files it names read, when it came as text (a team's proposal):
   * from the working tree in a local run; a repository's run must read them at its commit
   * (the plan refuses an environment whose files are unread), never from this machine's disk.
   */
  private async withFiles(env: ResolvedEnvironment): Promise<ResolvedEnvironment> {
    if (!env.unreadFiles?.length || this.repository !== LOCAL_REPOSITORY) return env;
    return resolveRepositoryFiles(env, diskRepositoryFiles(this.config.baseDir));
  }

  /** Everything a plan is a function of, besides live state. */
  private async planInputs(
    env: ResolvedEnvironment,
    opts: { destroy?: boolean; commit?: string | null },
  ): Promise<PlanInputs> {
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

  async plan(
    env: ResolvedEnvironment,
    opts: { destroy?: boolean; commit?: string | null } = {},
  ): Promise<PlanWithState> {
    return createPlan(await this.planInputs(env, opts));
  }

  async apply(
    env: ResolvedEnvironment,
    opts: {
      expectedHash: string;
      destroy?: boolean;
      commit?: string | null;
      actor?: string;
      onProgress?: (e: ApplyProgress) => void;
      /** See ApplyInputs: the attempt's name, and a resume of a half-done apply. */
      attempt?: string;
      resume?: ResumeFrom;
    },
  ): Promise<{ plan: Plan; result: ApplyResult }> {
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

  async drift(env: ResolvedEnvironment): Promise<DriftReport> {
    return detectDrift(
      await this.withFiles(env),
      await this.provider(env.spec.provider),
      this.identity(env.spec.environment),
    );
  }

  /** The live resources the environment owns, as its provider reads them (nothing is planned). */
  async liveResources(env: ResolvedEnvironment): Promise<LiveResource[]> {
    const provider = await this.provider(env.spec.provider);
    return provider.readLive(targetOf(env.spec, this.identity(env.spec.environment)));
  }

  async close(): Promise<void> {
    for (const p of this.providers.values()) await p.close?.();
    this.providers.clear();
    this.storeHandle?.close();
    this.storeHandle = undefined;
  }
}
