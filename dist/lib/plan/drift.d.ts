/**
 * Drift: live state that no longer matches the spec, read the same way a plan reads it. Because
 * ownership is by tags, a resource edited, deleted or added outside Plagentic shows up here by
 * construction.
 */
import { type EnvironmentIdentity, type Provider } from "../providers/provider.js";
import type { ResolvedEnvironment } from "../spec/model.js";
import type { DriftReport } from "./model.js";
export declare function detectDrift(env: ResolvedEnvironment, provider: Provider, identity: EnvironmentIdentity): Promise<DriftReport>;
