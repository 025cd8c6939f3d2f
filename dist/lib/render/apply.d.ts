/** The outcome of an apply, one line per resource and a closing line worded like Terraform's. */
import type { ApplyResult } from "../plan/model.js";
/**
 * "Apply complete! Resources: 2 added, 1 changed, 0 destroyed." or, when anything failed or was
 * not attempted, what is left and what to do about it.
 */
export declare function applyOutcome(result: ApplyResult): string;
export declare function renderApplyText(input: ApplyResult, opts: {
    color: boolean;
}): string;
export declare function renderApplyMarkdown(input: ApplyResult): string;
