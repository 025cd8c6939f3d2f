/** Whole cents, so a limit is not broken by float noise such as 0.1 + 0.2. */
export function toCents(amount) {
    return Math.round(amount * 100);
}
