import type { LoadedConfig, ModelEndpoint } from "./model.js";
export type Env = Readonly<Record<string, string | undefined>>;
export declare const CONFIG_ENV_VAR = "PLAGENTIC_CONFIG";
export interface ParseConfigOptions {
    /** What relative paths resolve against; defaults to the config file's directory. */
    baseDir?: string;
    /** Whether a directory exists, for the bundled-teams fallback; defaults to the local filesystem. */
    dirExists?: (path: string) => boolean;
}
export declare function parseConfig(text: string, file: string, env?: Env, opts?: ParseConfigOptions): LoadedConfig;
/** The configuration used when no config file is found: sandbox provider, no models. */
export declare function defaultConfig(cwd?: string): LoadedConfig;
/**
 * The config file to use: `--config`, then $PLAGENTIC_CONFIG, then ./config.yaml, then
 * ./.plagentic/config.yaml; null means built-in defaults. A path the user named explicitly
 * must exist.
 */
export declare function discoverConfig(opts: {
    explicit?: string;
    env: Env;
    cwd: string;
}): Promise<string | null>;
export declare function loadConfig(opts?: {
    path?: string;
    cwd?: string;
    env?: Env;
}): Promise<LoadedConfig>;
/** Finds the model endpoint for a team's `model.provider`, treating `claude` and `anthropic` as one. */
export declare function modelEndpoint(config: LoadedConfig, provider: string): ModelEndpoint | undefined;
/** Whether a config key holds a credential, judged by the words of its name (`keycloak_url` does not). */
export declare function isSecretFieldName(key: string): boolean;
/**
 * The secrets of a config file's text, for redacting what is said about a file that does not load
 * (an error can quote it). Never throws.
 */
export declare function configTextSecrets(text: string, env?: Env): string[];
