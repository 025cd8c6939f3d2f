/**
 * The facts of a plan that approval rules look at (config/approval-rules.ts), small enough to
 * travel in the plan record, so apply can judge the plan that was approved without re-planning.
 */
import { type PlanFacts } from "../config/approval-rules.js";
import type { Plan } from "./model.js";
/** The resource type names a record may hold; anything else is left out and flagged as cut. */
export declare const FACT_TYPE_PATTERN: RegExp;
export declare function planFacts(plan: Plan): PlanFacts;
