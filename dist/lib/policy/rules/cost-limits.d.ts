/** What the two cost rules share: how they speak of prices the estimate could not find. */
import type { CostReport } from "../../cost/model.js";
import type { RuleFinding } from "../rule.js";
/**
 * Unknown prices are left out of the totals (never counted as $0), so a total under the limit may
 * not be. Always a warning: it is a caveat on the estimate, not a broken limit.
 */
export declare function unknownPriceFinding(cost: CostReport, what: string, amount: number): RuleFinding[];
