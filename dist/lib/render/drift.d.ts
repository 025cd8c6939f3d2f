/** Drift: live resources that no longer match the spec, found without planning a change. */
import type { DriftReport } from "../plan/model.js";
export declare function noDriftText(report: DriftReport): string;
export declare function renderDriftText(input: DriftReport, opts: {
    color: boolean;
}): string;
export declare function renderDriftMarkdown(input: DriftReport): string;
