/**
 * Building a team's chat model from config.yaml `models:` (the original format) or environment
 * variables. Client libraries are imported on demand so runs that need no model never load them.
 */
import { importOptional } from "../optional-module.js";
/** Where each provider's key and endpoint come from when config.yaml does not give them. */
const PROVIDER_ENV = {
    openai: { key: "OPENAI_API_KEY", base: "OPENAI_BASE_URL", configNames: ["openai"] },
    deepseek: { key: "DEEPSEEK_API_KEY", base: "DEEPSEEK_BASE_URL", configNames: ["deepseek"] },
    claude: { key: "ANTHROPIC_API_KEY", base: "ANTHROPIC_BASE_URL", configNames: ["claude", "anthropic"] },
    anthropic: { key: "ANTHROPIC_API_KEY", base: "ANTHROPIC_BASE_URL", configNames: ["claude", "anthropic"] },
};
/** Where each client library sends requests when no endpoint is configured. */
const DEFAULT_BASE = {
    openai: "https://api.openai.com/v1",
    deepseek: "https://api.deepseek.com/v1",
    claude: "https://api.anthropic.com",
    anthropic: "https://api.anthropic.com",
};
export const DEFAULT_MODEL_SETTINGS = { timeoutMs: 120_000 };
export function modelCredentials(provider, config, env) {
    const names = PROVIDER_ENV[provider];
    const fromConfig = names.configNames.map((n) => config.models[n]).find((m) => m !== undefined);
    const apiKey = fromConfig?.apiKey ?? (env[names.key] || undefined);
    if (!apiKey)
        return undefined;
    const apiBase = fromConfig?.apiBase ?? (env[names.base] || undefined);
    return { apiKey, ...(apiBase && { apiBase }) };
}
/** The chat model for a team (or agent) model entry, or undefined when it has no credentials. */
export async function createChatModel(spec, config, env, settings = DEFAULT_MODEL_SETTINGS) {
    const creds = modelCredentials(spec.provider, config, env);
    if (!creds)
        return undefined;
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
        const { ChatOpenAI } = await importOptional("team", () => import("@langchain/openai"));
        const baseURL = creds.apiBase ?? DEFAULT_BASE[spec.provider];
        return {
            model: new ChatOpenAI({ ...common, timeout: settings.timeoutMs, configuration: { baseURL } }),
            name: spec.name,
            endpoint: displayEndpoint(baseURL),
        };
    }
    const { ChatAnthropic } = await importOptional("team", () => import("@langchain/anthropic"));
    // The original config writes the base with /v1, which the Anthropic client adds itself.
    const apiUrl = creds.apiBase?.replace(/\/v1\/?$/, "") ?? DEFAULT_BASE[spec.provider];
    return {
        model: new ChatAnthropic({
            ...common,
            anthropicApiUrl: apiUrl,
            clientOptions: { timeout: settings.timeoutMs },
        }),
        name: spec.name,
        endpoint: displayEndpoint(apiUrl),
    };
}
/** An endpoint as errors may name it: no user, password, query or fragment that could hold a key. */
export function displayEndpoint(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname.replace(/\/$/, "")}`;
    }
    catch {
        return "(an invalid URL)";
    }
}
/** How to give a team a model, for the answer to a plain-words request made without one. */
export function modelSetupHint(spec) {
    const provider = spec?.provider ?? "openai";
    const names = PROVIDER_ENV[provider];
    return (`To configure a model, set ${names.key} (or another provider's key) and list it under models: in config.yaml, ` +
        `e.g. models: { ${names.configNames[0]}: { api_key: "\${${names.key}}", api_base: <optional endpoint> } }.`);
}
