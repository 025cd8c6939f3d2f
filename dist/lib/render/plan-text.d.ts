/** A plan for the terminal, laid out like `terraform plan` followed by the cost and the policy verdict. */
import type { Plan } from "../plan/model.js";
export declare function renderPlanText(input: Plan, opts: {
    color: boolean;
}): string;
