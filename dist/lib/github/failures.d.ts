export declare function markReported(e: unknown): void;
export declare function wasReported(e: unknown): boolean;
/**
 * Runs every step of reporting a failure, each on its own: one GitHub call failing must not keep
 * the others (the record, the deployment, the status, the reply) from being tried.
 */
export declare function everyStep(steps: readonly (() => Promise<unknown>)[], onError: (err: unknown) => void): Promise<void>;
