/**
 * The optional dependencies, by the feature that needs them, and the one way to load them.
 *
 * `npm install plagentic --omit=optional` is the slim CLI: init, plan, apply, drift and list on the
 * sandbox need none of these. Every module that reaches one of them is loaded with `importOptional`
 * behind a dynamic `import()`, so a missing package surfaces only when its feature is used, as an
 * error that names the feature, the package and the command that installs it.
 */
import { PlagenticError } from "./spec/errors.js";
export interface OptionalFeature {
    /** What the user was doing, for the message: "the aws provider". */
    readonly what: string;
    /** Everything the feature loads; the install command names them all. */
    readonly packages: readonly string[];
}
export declare const OPTIONAL_FEATURES: {
    readonly aws: {
        readonly what: "the aws provider";
        readonly packages: readonly ["@aws-sdk/client-ec2", "@aws-sdk/client-eks", "@aws-sdk/client-elastic-load-balancing-v2", "@aws-sdk/client-lambda", "@aws-sdk/client-rds", "@aws-sdk/client-resource-groups-tagging-api", "@aws-sdk/credential-providers"];
    };
    readonly gcp: {
        readonly what: "the gcp provider";
        readonly packages: readonly ["@google-cloud/compute", "@google-cloud/container", "@google-cloud/functions", "@google-cloud/sql", "google-auth-library"];
    };
    readonly azure: {
        readonly what: "the azure provider";
        readonly packages: readonly ["@azure/arm-appservice", "@azure/arm-compute", "@azure/arm-containerservice", "@azure/arm-network", "@azure/arm-resources", "@azure/arm-sql", "@azure/identity"];
    };
    readonly team: {
        readonly what: "team runs (plagentic run, chat models and the LangGraph graph)";
        readonly packages: readonly ["@langchain/core", "@langchain/langgraph", "@langchain/anthropic", "@langchain/openai"];
    };
    readonly teamMemory: {
        readonly what: "team conversation memory (--thread)";
        readonly packages: readonly ["@langchain/langgraph-checkpoint-sqlite", "better-sqlite3"];
    };
    readonly teamMcp: {
        readonly what: "MCP servers in a team (mcp_servers:)";
        readonly packages: readonly ["@modelcontextprotocol/sdk"];
    };
    readonly app: {
        readonly what: "the GitHub App (plagentic serve)";
        readonly packages: readonly ["probot", "pino", "piscina", "@octokit/webhooks-methods"];
    };
    readonly postgres: {
        readonly what: "the PostgreSQL store for App replicas";
        readonly packages: readonly ["pg", "pg-boss"];
    };
    readonly mcpServer: {
        readonly what: "the MCP server (plagentic mcp)";
        readonly packages: readonly ["@modelcontextprotocol/sdk", "express", "express-rate-limit"];
    };
};
export type OptionalFeatureName = keyof typeof OPTIONAL_FEATURES;
/**
 * Runs `load` (a dynamic import of a module that reaches the feature's packages) and turns "package
 * not found" for one of those packages into a PlagenticError. Any other failure, including a
 * missing module of our own or a package outside the feature's list, is rethrown untouched: it is
 * a broken install or a bug, not a choice the user made.
 */
export declare function importOptional<T>(feature: OptionalFeatureName, load: () => Promise<T>): Promise<T>;
export declare class MissingOptionalPackageError extends PlagenticError {
    readonly feature: OptionalFeatureName;
    /** One of the feature's packages: never text taken from the error, which names file paths. */
    readonly missing: string;
    constructor(feature: OptionalFeatureName, 
    /** One of the feature's packages: never text taken from the error, which names file paths. */
    missing: string);
}
/** Which of `packages` a module-resolution error is about, if any. */
export declare function missingPackage(e: unknown, packages: readonly string[]): string | undefined;
