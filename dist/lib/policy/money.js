/** Dollar amounts in messages, written the way the cost table writes them. */
export function formatUsd(amount) {
    const text = Math.abs(amount).toLocaleString("en-US", {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
    });
    return amount < 0 && text !== "0.00" ? `-$${text}` : `$${text}`;
}
/** Whole cents, so a limit is not broken by float noise such as 0.1 + 0.2. */
export function toCents(amount) {
    return Math.round(amount * 100);
}
