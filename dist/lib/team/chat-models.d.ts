import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { LoadedConfig } from "../config/model.js";
import type { ModelProvider, TeamModel } from "./model.js";
export interface ModelSettings {
    /** Per-request timeout; a timed-out call is retried by the team runner like any model error. */
    timeoutMs: number;
}
export declare const DEFAULT_MODEL_SETTINGS: ModelSettings;
export interface ChatModelChoice {
    model: BaseChatModel;
    /** The model name, for the usage price table. */
    name: string;
    /** The endpoint requests go to, for errors that must say where a call failed. */
    endpoint: string;
}
export declare function modelCredentials(provider: ModelProvider, config: LoadedConfig, env: Readonly<Record<string, string | undefined>>): {
    apiKey: string;
    apiBase?: string;
} | undefined;
/** The chat model for a team (or agent) model entry, or undefined when it has no credentials. */
export declare function createChatModel(spec: TeamModel, config: LoadedConfig, env: Readonly<Record<string, string | undefined>>, settings?: ModelSettings): Promise<ChatModelChoice | undefined>;
/** An endpoint as errors may name it: no user, password, query or fragment that could hold a key. */
export declare function displayEndpoint(url: string): string;
/** How to give a team a model, for the answer to a plain-words request made without one. */
export declare function modelSetupHint(spec: TeamModel | undefined): string;
