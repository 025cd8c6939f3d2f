/** Dollar amounts in messages, written the way the cost table writes them. */
export declare function formatUsd(amount: number): string;
/** Whole cents, so a limit is not broken by float noise such as 0.1 + 0.2. */
export declare function toCents(amount: number): number;
