import type { Plan } from "../plan/model.js";
export interface BudgetForecast {
    /** The sentence, with the environment name as `quote` showed it. */
    text: string;
    /** Whether the known total alone is already over the budget. */
    over: boolean;
}
/** `quote` shows the environment name: as code in Markdown, as it is in the terminal. */
export declare function budgetForecast(plan: Pick<Plan, "environment" | "cost" | "budget">, quote?: (name: string) => string): BudgetForecast;
