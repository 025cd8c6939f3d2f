/** Whole cents, so a limit is not broken by float noise such as 0.1 + 0.2. */
export declare function toCents(amount: number): number;
