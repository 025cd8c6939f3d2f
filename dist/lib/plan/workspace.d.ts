import type { LoadedConfig } from "../config/model.js";
import type { PriceCatalog } from "../cost/catalog.js";
import { type EnvironmentIdentity, type LiveResource, type Provider } from "../providers/provider.js";
import type { ResolvedEnvironment } from "../spec/model.js";
import { type Store } from "../store/store.js";
import { type ApplyProgress } from "./apply.js";
import type { ResumeFrom } from "./resume.js";
import { type PlanWithState } from "./engine.js";
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
export declare class Workspace {
    readonly config: LoadedConfig;
    readonly catalog: PriceCatalog;
    private readonly statePath;
    private readonly now;
    private readonly cwd;
    private readonly env;
    private readonly progress;
    /** Normalized `owner/name`, or `local`. */
    readonly repository: string;
    private storeHandle;
    private readonly providers;
    private constructor();
    static open(opts?: WorkspaceOptions): Promise<Workspace>;
    /** Whose environment `name` is here: this repository's, shared as the config's `sharing:` says. */
    identity(name: string): EnvironmentIdentity;
    /** The SQLite store, opened on first use. */
    store(): Store;
    environmentNames(): Promise<string[]>;
    /**
     * Reads and parses a spec from disk, within config's `limits:`; the files it names are read
     * from the repository root, the directory that holds config.yaml.
     */
    loadEnvironment(name: string): Promise<ResolvedEnvironment>;
    provider(name: string): Promise<Provider>;
    private get policies();
    /**
     * The environment with the files it names read, when it came as text (a team's proposal):
     * from the working tree in a local run; a repository's run must read them at its commit
     * (the plan refuses an environment whose files are unread), never from this machine's disk.
     */
    private withFiles;
    /** Everything a plan is a function of, besides live state. */
    private planInputs;
    plan(env: ResolvedEnvironment, opts?: {
        destroy?: boolean;
        commit?: string | null;
    }): Promise<PlanWithState>;
    apply(env: ResolvedEnvironment, opts: {
        expectedHash: string;
        destroy?: boolean;
        commit?: string | null;
        actor?: string;
        onProgress?: (e: ApplyProgress) => void;
        /** See ApplyInputs: the attempt's name, and a resume of a half-done apply. */
        attempt?: string;
        resume?: ResumeFrom;
    }): Promise<{
        plan: Plan;
        result: ApplyResult;
    }>;
    drift(env: ResolvedEnvironment): Promise<DriftReport>;
    /** The live resources the environment owns, as its provider reads them (nothing is planned). */
    liveResources(env: ResolvedEnvironment): Promise<LiveResource[]>;
    close(): Promise<void>;
}
