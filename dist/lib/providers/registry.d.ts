/**
 * Providers by name, each loaded with a dynamic import only when an environment uses it, so a
 * sandbox run never pays for a cloud SDK, and a slim install (no optional dependencies) says which
 * SDK to install instead of failing to resolve it.
 */
import type { LoadedConfig } from "../config/model.js";
import type { PriceCatalog } from "../cost/catalog.js";
import type { ProviderName } from "../spec/model.js";
import type { Store } from "../store/store.js";
import type { Provider } from "./provider.js";
export interface ProviderDeps {
    /** Opened on first use: only the sandbox keeps its cloud in the store. */
    store: () => Store;
    catalog: PriceCatalog;
    /** The `providers:` section of config (regions, projects, endpoint overrides). */
    settings: LoadedConfig["providers"];
    /** Environment variables, for each cloud's standard credential chain and endpoint overrides. */
    env: Record<string, string | undefined>;
    /** Progress lines for slow steps (waiting for an instance to run...). */
    progress?: (line: string) => void;
}
export declare const PROVIDER_NAMES: ProviderName[];
export declare function loadProvider(name: string, deps: ProviderDeps): Promise<Provider>;
