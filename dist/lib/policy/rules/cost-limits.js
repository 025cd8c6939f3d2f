import { formatUsd } from "../../cost/money.js";
/**
 * Unknown prices are left out of the totals (never counted as $0), so a total under the limit may
 * not be. Always a warning: it is a caveat on the estimate, not a broken limit.
 */
export function unknownPriceFinding(cost, what, amount) {
    if (cost.unknown.length === 0)
        return [];
    const addresses = [...new Set(cost.unknown.map((u) => u.address))].sort();
    const shown = addresses.slice(0, 3).join(", ");
    const more = addresses.length > 3 ? ` and ${addresses.length - 3} more` : "";
    const n = cost.unknown.length;
    return [
        {
            level: "warn",
            message: `The ${what} of ${formatUsd(amount)} excludes ${n} unknown ${n === 1 ? "price" : "prices"} (${shown}${more}), so it may be higher; check those prices before approving.`,
        },
    ];
}
