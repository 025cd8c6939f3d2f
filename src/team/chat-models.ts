/**
 * Building a team's chat model from config.yaml `models:` (the original format) or environment
 * variables. Client libraries are imported on demand so runs that need no model never load them.
 */
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { LoadedConfig } from "../config/model.js";
import type { ModelProvider, TeamModel } from "./model.js";

/** Where each provider's key and endpoint come from when config.yaml does not give them. */
const PROVIDER_ENV: Record<ModelProvider, { key: string; base: string; configNames: string[] }> = {
  openai: { key: "OPENAI_API_KEY", base: "OPENAI_BASE_URL", configNames: ["openai"] },
  deepseek: { key: "DEEPSEEK_API_KEY", base: "DEEPSEEK_BASE_URL", configNames: ["deepseek"] },
  claude: { key: "ANTHROPIC_API_KEY", base: "ANTHROPIC_BASE_URL", configNames: ["claude", "anthropic"] },
  anthropic: { key: "ANTHROPIC_API_KEY", base: "ANTHROPIC_BASE_URL", configNames: ["claude", "anthropic"] },
};

const DEEPSEEK_BASE = "https://api.deepseek.com/v1";

export interface ModelSettings {
  /** Per-request timeout; a timed-out call is retried by the team runner like any model error. */
  timeoutMs: number;
}

export const DEFAULT_MODEL_SETTINGS: ModelSettings = { timeoutMs: 120_000 };

export interface ChatModelChoice {
  model: BaseChatModel;
  /** The model name, for the usage price table. */
  name: string;
}

export function modelCredentials(
  provider: ModelProvider,
  config: LoadedConfig,
  env: Readonly<Record<string, string | undefined>>,
): { apiKey: string; apiBase?: string } | undefined {
  const names = PROVIDER_ENV[provider];
  const fromConfig = names.configNames.map((n) => config.models[n]).find((m) => m !== undefined);
  const apiKey = fromConfig?.apiKey ?? (env[names.key] || undefined);
  if (!apiKey) return undefined;
  const apiBase = fromConfig?.apiBase ?? (env[names.base] || undefined);
  return { apiKey, ...(apiBase && { apiBase }) };
}

/** The chat model for a team (or agent) model entry, or undefined when it has no credentials. */
export async function createChatModel(
  spec: TeamModel,
  config: LoadedConfig,
  env: Readonly<Record<string, string | undefined>>,
  settings: ModelSettings = DEFAULT_MODEL_SETTINGS,
): Promise<ChatModelChoice | undefined> {
  const creds = modelCredentials(spec.provider, config, env);
  if (!creds) return undefined;
  const common = {
    model: spec.name,
    apiKey: creds.apiKey,
    ...(spec.temperature !== undefined && { temperature: spec.temperature }),
    ...(spec.max_tokens !== undefined && { maxTokens: spec.max_tokens }),
    // The team runner retries with its own bounded backoff; client retries would multiply it.
    maxRetries: 0,
    // Streaming makes @langchain/openai count tokens with tiktoken, which downloads at run time.
    streaming: false,
    disableStreaming: true,
  };
  if (spec.provider === "openai" || spec.provider === "deepseek") {
    const { ChatOpenAI } = await import("@langchain/openai");
    const baseURL = creds.apiBase ?? (spec.provider === "deepseek" ? DEEPSEEK_BASE : undefined);
    return {
      model: new ChatOpenAI({
        ...common,
        timeout: settings.timeoutMs,
        ...(baseURL && { configuration: { baseURL } }),
      }),
      name: spec.name,
    };
  }
  const { ChatAnthropic } = await import("@langchain/anthropic");
  return {
    model: new ChatAnthropic({
      ...common,
      // The original config writes the base with /v1, which the Anthropic client adds itself.
      ...(creds.apiBase && { anthropicApiUrl: creds.apiBase.replace(/\/v1\/?$/, "") }),
      clientOptions: { timeout: settings.timeoutMs },
    }),
    name: spec.name,
  };
}

/** How to give a team a model, for the answer to a plain-words request made without one. */
export function modelSetupHint(spec: TeamModel | undefined): string {
  const provider = spec?.provider ?? "openai";
  const names = PROVIDER_ENV[provider];
  return (
    `To configure a model, set ${names.key} (or another provider's key) and list it under models: in config.yaml, ` +
    `e.g. models: { ${names.configNames[0]}: { api_key: "\${${names.key}}", api_base: <optional endpoint> } }.`
  );
}
