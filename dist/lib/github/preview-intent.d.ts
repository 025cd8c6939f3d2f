/**
 * What a `/plagentic preview <env>` comment asks for, as intent.ts re-reads it at apply time: the
 * preview `<env>-pr-<N>` of this very pull request, never destroyed by it.
 */
import type { PlanIntent } from "./intent.js";
export declare function previewIntent(user: string, parent: string | undefined, pr: number, environment: string): PlanIntent;
