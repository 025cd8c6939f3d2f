/**
 * Model usage for one run: calls and tokens as the API reported them (never counted locally, which
 * would need tiktoken's run-time download), and an estimated cost from a small price table.
 * A model not in the table, or a call without a usage figure, makes the cost unknown, never $0.
 */

/** USD per million tokens (input, output), list prices as published by each vendor. */
const PRICES_PER_MILLION: readonly { prefix: string; input: number; output: number }[] = [
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

export function modelPrice(model: string): { input: number; output: number } | undefined {
  const name = model.toLowerCase();
  return PRICES_PER_MILLION.find((p) => name.startsWith(p.prefix));
}

export interface TeamUsage {
  modelCalls: number;
  inputTokens: number;
  outputTokens: number;
  /** null when any call's model has no known price or its reply carried no usage. */
  estimatedCostUsd: number | null;
}

export class UsageMeter {
  private calls = 0;
  private input = 0;
  private output = 0;
  private cost: number | null = 0;

  record(model: string, usage: { input_tokens?: number; output_tokens?: number } | undefined): void {
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

  snapshot(): TeamUsage {
    return {
      modelCalls: this.calls,
      inputTokens: this.input,
      outputTokens: this.output,
      estimatedCostUsd: this.calls === 0 ? 0 : this.cost === null ? null : Math.round(this.cost * 1e6) / 1e6,
    };
  }
}

export function usageLine(usage: TeamUsage): string {
  const cost =
    usage.estimatedCostUsd === null
      ? "unknown"
      : `$${usage.estimatedCostUsd < 0.01 && usage.estimatedCostUsd > 0 ? usage.estimatedCostUsd.toFixed(4) : usage.estimatedCostUsd.toFixed(2)}`;
  return `Model usage: ${usage.modelCalls} call(s), ${usage.inputTokens} input + ${usage.outputTokens} output tokens, estimated cost ${cost}`;
}
