/**
 * Model usage for one run: calls and tokens as the API reported them (never counted locally, which
 * would need tiktoken's run-time download), and an estimated cost from a small price table.
 * A model not in the table, or a call without a usage figure, makes the cost unknown, never $0.
 */
export declare function modelPrice(model: string): {
    input: number;
    output: number;
} | undefined;
export interface TeamUsage {
    modelCalls: number;
    inputTokens: number;
    outputTokens: number;
    /** null when any call's model has no known price or its reply carried no usage. */
    estimatedCostUsd: number | null;
}
export declare class UsageMeter {
    private calls;
    private input;
    private output;
    private cost;
    record(model: string, usage: {
        input_tokens?: number;
        output_tokens?: number;
    } | undefined): void;
    snapshot(): TeamUsage;
}
export declare function usageLine(usage: TeamUsage): string;
