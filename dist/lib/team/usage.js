/**
 * Model usage for one run: calls and tokens as the API reported them (never counted locally, which
 * would need tiktoken's run-time download), and an estimated cost from a small price table.
 * A model not in the table, or a call without a usage figure, makes the cost unknown, never $0.
 */
/** USD per million tokens (input, output), list prices as published by each vendor. */
const PRICES_PER_MILLION = [
    // Longer prefixes first: "gpt-4o-mini" must not match "gpt-4o".
    { prefix: "gpt-4o-mini", input: 0.15, output: 0.6 },
    { prefix: "gpt-4o", input: 2.5, output: 10 },
    { prefix: "gpt-4.1-nano", input: 0.1, output: 0.4 },
    { prefix: "gpt-4.1-mini", input: 0.4, output: 1.6 },
    { prefix: "gpt-4.1", input: 2, output: 8 },
    { prefix: "gpt-4-turbo", input: 10, output: 30 },
    { prefix: "claude-3-5-haiku", input: 0.8, output: 4 },
    { prefix: "claude-3-5-sonnet", input: 3, output: 15 },
    { prefix: "claude-3-opus", input: 15, output: 75 },
    { prefix: "deepseek-chat", input: 0.27, output: 1.1 },
];
export function modelPrice(model) {
    const name = model.toLowerCase();
    return PRICES_PER_MILLION.find((p) => name.startsWith(p.prefix));
}
export class UsageMeter {
    calls = 0;
    input = 0;
    output = 0;
    cost = 0;
    record(model, usage) {
        this.calls++;
        const input = usage?.input_tokens;
        const output = usage?.output_tokens;
        this.input += input ?? 0;
        this.output += output ?? 0;
        const price = modelPrice(model);
        if (this.cost === null || !price || input === undefined || output === undefined) {
            this.cost = null;
            return;
        }
        this.cost += (input * price.input + output * price.output) / 1e6;
    }
    snapshot() {
        return {
            modelCalls: this.calls,
            inputTokens: this.input,
            outputTokens: this.output,
            estimatedCostUsd: this.calls === 0 ? 0 : this.cost === null ? null : Math.round(this.cost * 1e6) / 1e6,
        };
    }
}
export function usageLine(usage) {
    const cost = usage.estimatedCostUsd === null
        ? "unknown"
        : `$${usage.estimatedCostUsd < 0.01 && usage.estimatedCostUsd > 0 ? usage.estimatedCostUsd.toFixed(4) : usage.estimatedCostUsd.toFixed(2)}`;
    return `Model usage: ${usage.modelCalls} call(s), ${usage.inputTokens} input + ${usage.outputTokens} output tokens, estimated cost ${cost}`;
}
