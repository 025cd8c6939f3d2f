/**
 * Providers by name, each loaded with a dynamic import only when an environment uses it, so a
 * sandbox run never pays for a cloud SDK, and a slim install (no optional dependencies) says which
 * SDK to install instead of failing to resolve it.
 */
import type { LoadedConfig } from "../config/model.js";
import type { PriceCatalog } from "../cost/catalog.js";
import { importOptional } from "../optional-module.js";
import { NotFoundError } from "../spec/errors.js";
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

type Factory = (deps: ProviderDeps) => Promise<Provider>;

const factories: Record<ProviderName, Factory> = {
  sandbox: async (deps) => {
    const { createSandboxProvider } = await import("./sandbox/sandbox-provider.js");
    const delay = deps.settings.sandbox?.operationDelayMs;
    return createSandboxProvider({
      store: deps.store(),
      catalog: deps.catalog,
      ...(delay !== undefined && { operationDelayMs: delay }),
    });
  },
  aws: async (deps) => (await importOptional("aws", () => import("./aws/index.js"))).createAwsProvider(deps),
  gcp: async (deps) => (await importOptional("gcp", () => import("./gcp/index.js"))).createGcpProvider(deps),
  azure: async (deps) =>
    (await importOptional("azure", () => import("./azure/index.js"))).createAzureProvider(deps),
};

export const PROVIDER_NAMES = Object.keys(factories) as ProviderName[];

export async function loadProvider(name: string, deps: ProviderDeps): Promise<Provider> {
  const factory = factories[name as ProviderName];
  if (!factory) throw new NotFoundError("provider", name, PROVIDER_NAMES);
  return factory(deps);
}
