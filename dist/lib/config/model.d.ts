/**
 * config.yaml after validation, interpolation and defaulting: what the rest of Plagentic reads.
 * Paths are absolute; names are camelCase; absent sections are filled with their defaults.
 */
import type { UsageRangeOverrides } from "../cost/usage-ranges.js";
import type { PolicyConfig } from "../policy/config.js";
import type { ProviderName } from "../spec/model.js";
import type { LogLevel } from "./schema.js";
export type Permission = "write" | "maintain" | "admin";
export interface ModelEndpoint {
    apiBase?: string;
    /** Absent when the key is empty or its variable is unset: that provider has no model. */
    apiKey?: string;
    models: string[];
}
export interface EnvironmentApproval {
    required?: number;
    permission?: Permission;
    /** GitHub team slugs whose members' approvals count. */
    teams?: string[];
}
/** One `approvals.rules` entry: conditions on a plan, and what applying a matching plan needs. */
export interface ApprovalRuleConfig {
    /** As written, or "rule <n>" (1-based). */
    name: string;
    when: {
        environments?: string[];
        /** USD a month; the rule matches a plan that adds more than this. */
        monthlyCostDeltaOver?: number;
        destroyOrReplace?: boolean;
        resourceTypes?: string[];
        /** After the plan the environment costs more than its spec's budget (or may). */
        overBudget?: boolean;
    };
    require: EnvironmentApproval;
}
export interface LoadedConfig {
    /** The config file used, or null for the built-in defaults. */
    source: string | null;
    /** Directory relative paths in the config resolve against (the file's, else the cwd). */
    baseDir: string;
    /** Keyed as in the file (`openai`, `claude`, `deepseek`...). */
    models: Record<string, ModelEndpoint>;
    providers: {
        default: ProviderName;
        /** Milliseconds the sandbox waits before each create, update and delete (a simulated latency). */
        sandbox?: {
            operationDelayMs?: number;
        };
        aws?: {
            region?: string;
            endpoint?: string;
            profile?: string;
            waitTimeoutSeconds?: number;
        };
        gcp?: {
            project?: string;
            region?: string;
            apiEndpoint?: string;
            waitTimeoutSeconds?: number;
        };
        azure?: {
            /** Longest wait for one long operation (`wait_timeout_seconds`). */
            waitTimeoutSeconds?: number;
            subscriptionId?: string;
            resourceGroup?: string;
            location?: string;
            /** ARM endpoint, e.g. `https://management.chinacloudapi.cn` for Azure China. */
            endpoint?: string;
            /** Token scope the ARM clients ask for; by default `<endpoint origin>/.default`. */
            audience?: string;
            /** Microsoft Entra host the credentials sign in at, e.g. `https://login.chinacloudapi.cn`. */
            authorityHost?: string;
            /** `false` turns off MSAL's instance discovery (sovereign or offline authorities). */
            instanceDiscovery?: boolean;
        };
    };
    environmentsDir: string;
    /** The configured teams directory, or the package's bundled teams when that does not exist. */
    teamsDir: string;
    /** The `policies:` section, validated by the policy module's schema; `{}` when absent. */
    policies: PolicyConfig;
    approvals: {
        /**
         * Whether config.yaml has an `approvals:` section: a project that asked for reviewed applies.
         * Faces without a pull request (the MCP server) then refuse to apply at all.
         */
        configured: boolean;
        required: number;
        applyOn: "approval" | "command" | "merge";
        environments: Record<string, EnvironmentApproval>;
        /** Ordered; the first that matches a plan decides what applying it needs. */
        rules: ApprovalRuleConfig[];
    };
    /** `drift:`: the cron schedule (UTC) and the environments it checks (all when absent). */
    drift: {
        schedule?: string;
        environments?: string[];
    };
    /** `previews:`, or null when the repository allows no preview environments. */
    previews: {
        environments: string[];
        maxMonthlyCost?: number;
        ttlHours?: number;
        requireApproval: boolean;
    } | null;
    state: {
        path: string;
    };
    /** `cost:`: typical usage (`usage_ranges`) replacing the built-in figures; `{}` when absent. */
    cost: {
        usageRanges: UsageRangeOverrides;
    };
    /** Size bounds on specs and plans; a refusal names the one exceeded. */
    limits: {
        maxResources: number;
        maxSpecBytes: number;
    };
    /** Environment name → lower-cased `owner/name` of the repositories it is shared with. */
    sharing: Record<string, string[]>;
    github: {
        autoplan: boolean;
        allowForkPlans: boolean;
        releaseLockOn: "apply" | "merge";
    };
    logging: {
        level: LogLevel;
        file?: string;
    };
    /** `prices:`: the price cache directory (absolute) and endpoint overrides, all optional. */
    prices: {
        cacheDir?: string;
        endpoints: {
            aws?: string;
            azure?: string;
            gcp?: string;
        };
    };
    /** External MCP tools offered although not marked read-only (`<server>.<tool>`). */
    mcp: {
        allowedTools: string[];
    };
    security: {
        rbacEnabled: boolean;
        keycloakUrl?: string;
        realm?: string;
    };
    /** Values interpolated from credential-like variables; redact these from anything printed. */
    secrets: string[];
    /** Fields that referenced unset variables (`models.openai.api_key` → `OPENAI_API_KEY`). */
    undefinedVars: {
        field: string;
        variable: string;
    }[];
    /** Things that load but have no effect, e.g. the original's `tools` section. */
    warnings: string[];
}
