/** Why an expression is not a five-field cron expression, or null when it is one. */
export declare function cronProblem(expression: string): string | null;
/** The first time strictly after `after` the expression fires, or null when it never does again. */
export declare function nextFiring(expression: string, after: Date): Date | null;
/** Whether the expression fires in the interval (`from`, `to`]. */
export declare function firesBetween(expression: string, from: Date, to: Date): Date | null;
