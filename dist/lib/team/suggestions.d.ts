/**
 * Cost-saving suggestions for what a plan creates or changes. Each saving is the difference of two
 * estimates from the cost module (never a model's arithmetic), and only sizes the price catalog
 * knows are suggested.
 */
import type { PriceCatalog } from "../cost/catalog.js";
import type { Plan } from "../plan/model.js";
export interface CostSuggestion {
    /** The resource as written in the spec (`aws_instance.web`, without a count index). */
    address: string;
    message: string;
    /** USD per month over all instances of the resource. */
    monthlySavings: number;
}
export declare function costSuggestions(plan: Plan, catalog: PriceCatalog): CostSuggestion[];
