/** How many approvals an environment's plan needs under config's `approvals:` section. */
import type { LoadedConfig } from "./model.js";
/** `approvals.environments.<name>.required`, else the global `approvals.required`. */
export declare function requiredApprovals(config: Pick<LoadedConfig, "approvals">, environment: string): number;
