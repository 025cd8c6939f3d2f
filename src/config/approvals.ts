/** How many approvals an environment's plan needs under config's `approvals:` section. */
import type { LoadedConfig } from "./model.js";

/** `approvals.environments.<name>.required`, else the global `approvals.required`. */
export function requiredApprovals(config: Pick<LoadedConfig, "approvals">, environment: string): number {
  return config.approvals.environments[environment]?.required ?? config.approvals.required;
}
