import type { Change, Plan } from "../plan/model.js";
export interface ExplainedChange {
    address: string;
    action: Change["action"];
    explanation: string;
}
export interface PlanExplanation {
    /** Environment, totals, cost and the policy verdict. */
    overview: string[];
    changes: ExplainedChange[];
}
export declare function explainPlan(plan: Plan): PlanExplanation;
