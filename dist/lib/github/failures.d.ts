export declare function markReported(e: unknown): void;
export declare function wasReported(e: unknown): boolean;
