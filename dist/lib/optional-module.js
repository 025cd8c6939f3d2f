/**
 * The optional dependencies, by the feature that needs them, and the one way to load them.
 *
 * `npm install plagentic --omit=optional` is the slim CLI: init, plan, apply, drift and list on the
 * sandbox need none of these. Every module that reaches one of them is loaded with `importOptional`
 * behind a dynamic `import()`, so a missing package surfaces only when its feature is used, as an
 * error that names the feature, the package and the command that installs it.
 */
import { PlagenticError } from "./spec/errors.js";
export const OPTIONAL_FEATURES = {
    aws: {
        what: "the aws provider",
        packages: [
            "@aws-sdk/client-ec2",
            "@aws-sdk/client-eks",
            "@aws-sdk/client-elastic-load-balancing-v2",
            "@aws-sdk/client-lambda",
            "@aws-sdk/client-rds",
            "@aws-sdk/client-resource-groups-tagging-api",
            "@aws-sdk/credential-providers",
        ],
    },
    gcp: {
        what: "the gcp provider",
        packages: [
            "@google-cloud/compute",
            "@google-cloud/container",
            "@google-cloud/functions",
            "@google-cloud/sql",
            "google-auth-library",
        ],
    },
    azure: {
        what: "the azure provider",
        packages: [
            "@azure/arm-appservice",
            "@azure/arm-compute",
            "@azure/arm-containerservice",
            "@azure/arm-network",
            "@azure/arm-resources",
            "@azure/arm-sql",
            "@azure/identity",
        ],
    },
    team: {
        what: "team runs (plagentic run, chat models and the LangGraph graph)",
        packages: ["@langchain/core", "@langchain/langgraph", "@langchain/anthropic", "@langchain/openai"],
    },
    teamMemory: {
        what: "team conversation memory (--thread)",
        packages: ["@langchain/langgraph-checkpoint-sqlite", "better-sqlite3"],
    },
    teamMcp: {
        what: "MCP servers in a team (mcp_servers:)",
        packages: ["@modelcontextprotocol/sdk"],
    },
    app: {
        what: "the GitHub App (plagentic serve)",
        packages: ["probot", "pino", "piscina", "@octokit/webhooks-methods"],
    },
    postgres: {
        what: "the PostgreSQL store for App replicas",
        packages: ["pg", "pg-boss"],
    },
    mcpServer: {
        what: "the MCP server (plagentic mcp)",
        packages: ["@modelcontextprotocol/sdk", "express", "express-rate-limit"],
    },
};
/**
 * Runs `load` (a dynamic import of a module that reaches the feature's packages) and turns "package
 * not found" for one of those packages into a PlagenticError. Any other failure, including a
 * missing module of our own or a package outside the feature's list, is rethrown untouched: it is
 * a broken install or a bug, not a choice the user made.
 */
export async function importOptional(feature, load) {
    try {
        return await load();
    }
    catch (e) {
        const missing = missingPackage(e, OPTIONAL_FEATURES[feature].packages);
        if (missing)
            throw new MissingOptionalPackageError(feature, missing);
        throw e;
    }
}
export class MissingOptionalPackageError extends PlagenticError {
    feature;
    missing;
    constructor(feature, 
    /** One of the feature's packages: never text taken from the error, which names file paths. */
    missing) {
        const { what, packages } = OPTIONAL_FEATURES[feature];
        super(`${what} needs ${missing}, which this install of plagentic does not include: it is an optional ` +
            "dependency, left out by `npm install --omit=optional` and by the GitHub Action bundle. " +
            `Install it with: npm install ${packages.join(" ")}`);
        this.feature = feature;
        this.missing = missing;
    }
}
/** Which of `packages` a module-resolution error is about, if any. */
export function missingPackage(e, packages) {
    const code = e?.code;
    if (code !== "ERR_MODULE_NOT_FOUND" && code !== "MODULE_NOT_FOUND")
        return undefined;
    // ESM: "Cannot find package 'pino' imported from …"; CommonJS require: "Cannot find module 'pino'".
    const named = /Cannot find (?:package|module) '([^']+)'/.exec(String(e.message))?.[1];
    if (named === undefined)
        return undefined;
    return packages.find((p) => named === p || named.startsWith(`${p}/`));
}
