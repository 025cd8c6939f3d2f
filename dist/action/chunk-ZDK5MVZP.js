import { createRequire as __plagenticRequire } from 'node:module'; const require = __plagenticRequire(import.meta.url);
import {
  PlagenticError
} from "./chunk-WMOPTJPP.js";

// src/optional-module.ts
var OPTIONAL_FEATURES = {
  aws: {
    what: "the aws provider",
    packages: [
      "@aws-sdk/client-ec2",
      "@aws-sdk/client-eks",
      "@aws-sdk/client-elastic-load-balancing-v2",
      "@aws-sdk/client-lambda",
      "@aws-sdk/client-rds",
      "@aws-sdk/client-resource-groups-tagging-api",
      "@aws-sdk/credential-providers"
    ]
  },
  gcp: {
    what: "the gcp provider",
    packages: [
      "@google-cloud/compute",
      "@google-cloud/container",
      "@google-cloud/functions",
      "@google-cloud/sql",
      "google-auth-library"
    ]
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
      "@azure/identity"
    ]
  },
  team: {
    what: "team runs (plagentic run, chat models and the LangGraph graph)",
    packages: ["@langchain/core", "@langchain/langgraph", "@langchain/anthropic", "@langchain/openai"]
  },
  teamMemory: {
    what: "team conversation memory (--thread)",
    packages: ["@langchain/langgraph-checkpoint-sqlite", "better-sqlite3"]
  },
  teamMcp: {
    what: "MCP servers in a team (mcp_servers:)",
    packages: ["@modelcontextprotocol/sdk"]
  },
  app: {
    what: "the GitHub App (plagentic serve)",
    packages: ["probot", "pino", "piscina", "@octokit/webhooks-methods"]
  },
  postgres: {
    what: "the PostgreSQL store for App replicas",
    packages: ["pg", "pg-boss"]
  },
  mcpServer: {
    what: "the MCP server (plagentic mcp)",
    packages: ["@modelcontextprotocol/sdk", "express", "express-rate-limit"]
  }
};
async function importOptional(feature, load) {
  try {
    return await load();
  } catch (e) {
    const missing = missingPackage(e, OPTIONAL_FEATURES[feature].packages);
    if (missing) throw new MissingOptionalPackageError(feature, missing);
    throw e;
  }
}
var MissingOptionalPackageError = class extends PlagenticError {
  constructor(feature, missing) {
    const { what, packages } = OPTIONAL_FEATURES[feature];
    super(
      `${what} needs ${missing}, which this install of plagentic does not include: it is an optional dependency, left out by \`npm install --omit=optional\` and by the GitHub Action bundle. Install it with: npm install ${packages.join(" ")}`
    );
    this.feature = feature;
    this.missing = missing;
  }
  feature;
  missing;
};
function missingPackage(e, packages) {
  const code = e?.code;
  if (code !== "ERR_MODULE_NOT_FOUND" && code !== "MODULE_NOT_FOUND") return void 0;
  const named = /Cannot find (?:package|module) '([^']+)'/.exec(String(e.message))?.[1];
  if (named === void 0) return void 0;
  return packages.find((p) => named === p || named.startsWith(`${p}/`));
}

export {
  importOptional
};
