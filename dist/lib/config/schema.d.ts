/**
 * The shape of config.yaml as written. Every object is strict so a misspelt key is an error at
 * its line instead of a setting silently not taking effect. Sections of the original Python
 * Plagentic config (`models`, `tools`, `logging`, `security`) are kept so old files still load.
 */
import { z } from "zod";
export declare const PROVIDER_NAMES: readonly ["sandbox", "aws", "gcp", "azure"];
declare const LOG_LEVELS: {
    readonly trace: "trace";
    readonly debug: "debug";
    readonly info: "info";
    readonly warn: "warn";
    readonly warning: "warn";
    readonly error: "error";
    readonly critical: "fatal";
    readonly fatal: "fatal";
    readonly silent: "silent";
};
export type LogLevel = (typeof LOG_LEVELS)[keyof typeof LOG_LEVELS];
export declare const PERMISSIONS: readonly ["write", "maintain", "admin"];
/** The spec parser's own defaults, so the two can never drift apart. */
export declare const DEFAULT_LIMITS: Readonly<import("../spec/limits.js").SpecLimits>;
export declare const configFileSchema: z.ZodObject<{
    models: z.ZodOptional<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodObject<{
        api_base: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        api_key: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        models: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
    }, z.core.$strict>>>>;
    tools: z.ZodOptional<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodNull]>>>>;
    logging: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        level: z.ZodOptional<z.ZodNullable<z.ZodPipe<z.ZodString, z.ZodTransform<"error" | "warn" | "trace" | "debug" | "info" | "fatal" | "silent", string>>>>;
        format: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        file: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    }, z.core.$strict>>>;
    security: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        rbac_enabled: z.ZodOptional<z.ZodNullable<z.ZodBoolean>>;
        keycloak_url: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        realm: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    }, z.core.$strict>>>;
    providers: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        default: z.ZodOptional<z.ZodNullable<z.ZodEnum<{
            aws: "aws";
            gcp: "gcp";
            azure: "azure";
            sandbox: "sandbox";
        }>>>;
        sandbox: z.ZodOptional<z.ZodObject<{
            operation_delay_ms: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        aws: z.ZodOptional<z.ZodObject<{
            region: z.ZodOptional<z.ZodString>;
            endpoint: z.ZodOptional<z.ZodString>;
            profile: z.ZodOptional<z.ZodString>;
            wait_timeout_seconds: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        gcp: z.ZodOptional<z.ZodObject<{
            project: z.ZodOptional<z.ZodString>;
            region: z.ZodOptional<z.ZodString>;
            api_endpoint: z.ZodOptional<z.ZodString>;
            wait_timeout_seconds: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        azure: z.ZodOptional<z.ZodObject<{
            subscription_id: z.ZodOptional<z.ZodString>;
            resource_group: z.ZodOptional<z.ZodString>;
            location: z.ZodOptional<z.ZodString>;
            endpoint: z.ZodOptional<z.ZodString>;
            audience: z.ZodOptional<z.ZodString>;
            authority_host: z.ZodOptional<z.ZodString>;
            instance_discovery: z.ZodOptional<z.ZodBoolean>;
            wait_timeout_seconds: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
    }, z.core.$strict>>>;
    environments_dir: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    teams_dir: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    policies: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        allowed_instance_types: z.ZodOptional<z.ZodObject<{
            enabled: z.ZodOptional<z.ZodBoolean>;
            level: z.ZodDefault<z.ZodEnum<{
                warn: "warn";
                fail: "fail";
            }>>;
            environments: z.ZodOptional<z.ZodArray<z.ZodString>>;
            allow: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>;
        allowed_regions: z.ZodOptional<z.ZodObject<{
            enabled: z.ZodOptional<z.ZodBoolean>;
            level: z.ZodDefault<z.ZodEnum<{
                warn: "warn";
                fail: "fail";
            }>>;
            environments: z.ZodOptional<z.ZodArray<z.ZodString>>;
            regions: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>;
        database_deletion_protection: z.ZodOptional<z.ZodObject<{
            enabled: z.ZodOptional<z.ZodBoolean>;
            level: z.ZodDefault<z.ZodEnum<{
                warn: "warn";
                fail: "fail";
            }>>;
            environments: z.ZodOptional<z.ZodArray<z.ZodString>>;
        }, z.core.$strict>>;
        encryption_at_rest: z.ZodOptional<z.ZodObject<{
            enabled: z.ZodOptional<z.ZodBoolean>;
            level: z.ZodDefault<z.ZodEnum<{
                warn: "warn";
                fail: "fail";
            }>>;
            environments: z.ZodOptional<z.ZodArray<z.ZodString>>;
            undeclared: z.ZodDefault<z.ZodEnum<{
                warn: "warn";
                fail: "fail";
            }>>;
        }, z.core.$strict>>;
        imdsv2_required: z.ZodOptional<z.ZodObject<{
            enabled: z.ZodOptional<z.ZodBoolean>;
            level: z.ZodDefault<z.ZodEnum<{
                warn: "warn";
                fail: "fail";
            }>>;
            environments: z.ZodOptional<z.ZodArray<z.ZodString>>;
        }, z.core.$strict>>;
        max_monthly_cost_delta: z.ZodOptional<z.ZodObject<{
            enabled: z.ZodOptional<z.ZodBoolean>;
            level: z.ZodDefault<z.ZodEnum<{
                warn: "warn";
                fail: "fail";
            }>>;
            environments: z.ZodOptional<z.ZodArray<z.ZodString>>;
            limit: z.ZodNumber;
            unknown_prices: z.ZodDefault<z.ZodEnum<{
                warn: "warn";
                fail: "fail";
            }>>;
        }, z.core.$strict>>;
        max_monthly_cost: z.ZodOptional<z.ZodObject<{
            enabled: z.ZodOptional<z.ZodBoolean>;
            level: z.ZodDefault<z.ZodEnum<{
                warn: "warn";
                fail: "fail";
            }>>;
            environments: z.ZodOptional<z.ZodArray<z.ZodString>>;
            limit: z.ZodNumber;
            unknown_prices: z.ZodDefault<z.ZodEnum<{
                warn: "warn";
                fail: "fail";
            }>>;
        }, z.core.$strict>>;
        no_public_databases: z.ZodOptional<z.ZodObject<{
            enabled: z.ZodOptional<z.ZodBoolean>;
            level: z.ZodDefault<z.ZodEnum<{
                warn: "warn";
                fail: "fail";
            }>>;
            environments: z.ZodOptional<z.ZodArray<z.ZodString>>;
            world_fraction: z.ZodDefault<z.ZodNumber>;
            public_network_access: z.ZodDefault<z.ZodEnum<{
                warn: "warn";
                fail: "fail";
            }>>;
        }, z.core.$strict>>;
        no_world_open_admin_ports: z.ZodOptional<z.ZodObject<{
            enabled: z.ZodOptional<z.ZodBoolean>;
            level: z.ZodDefault<z.ZodEnum<{
                warn: "warn";
                fail: "fail";
            }>>;
            environments: z.ZodOptional<z.ZodArray<z.ZodString>>;
            ports: z.ZodDefault<z.ZodArray<z.ZodNumber>>;
            world_fraction: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>>;
        protected_environments: z.ZodOptional<z.ZodObject<{
            enabled: z.ZodOptional<z.ZodBoolean>;
            level: z.ZodDefault<z.ZodEnum<{
                warn: "warn";
                fail: "fail";
            }>>;
            environments: z.ZodDefault<z.ZodArray<z.ZodString>>;
        }, z.core.$strict>>;
        protected_resources: z.ZodOptional<z.ZodObject<{
            enabled: z.ZodOptional<z.ZodBoolean>;
            level: z.ZodDefault<z.ZodEnum<{
                warn: "warn";
                fail: "fail";
            }>>;
            environments: z.ZodOptional<z.ZodArray<z.ZodString>>;
        }, z.core.$strict>>;
        required_tags: z.ZodOptional<z.ZodObject<{
            enabled: z.ZodOptional<z.ZodBoolean>;
            level: z.ZodDefault<z.ZodEnum<{
                warn: "warn";
                fail: "fail";
            }>>;
            environments: z.ZodOptional<z.ZodArray<z.ZodString>>;
            tags: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>;
    }, z.core.$strict>>>;
    approvals: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        required: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
        apply_on: z.ZodOptional<z.ZodNullable<z.ZodEnum<{
            merge: "merge";
            approval: "approval";
            command: "command";
        }>>>;
        environments: z.ZodOptional<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodObject<{
            required: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
            permission: z.ZodOptional<z.ZodNullable<z.ZodEnum<{
                write: "write";
                maintain: "maintain";
                admin: "admin";
            }>>>;
            teams: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
        }, z.core.$strict>>>>;
        rules: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodObject<{
            name: z.ZodOptional<z.ZodString>;
            when: z.ZodDefault<z.ZodObject<{
                environment: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                monthly_cost_delta_over: z.ZodOptional<z.ZodNumber>;
                destroy_or_replace: z.ZodOptional<z.ZodBoolean>;
                resource_type: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                over_budget: z.ZodOptional<z.ZodBoolean>;
            }, z.core.$strict>>;
            require: z.ZodObject<{
                approvals: z.ZodOptional<z.ZodNumber>;
                permission: z.ZodOptional<z.ZodEnum<{
                    write: "write";
                    maintain: "maintain";
                    admin: "admin";
                }>>;
                teams: z.ZodOptional<z.ZodArray<z.ZodString>>;
            }, z.core.$strict>;
        }, z.core.$strict>>>>;
    }, z.core.$strict>>>;
    drift: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        schedule: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        environments: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
    }, z.core.$strict>>>;
    previews: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        environments: z.ZodArray<z.ZodString>;
        max_monthly_cost: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
        ttl_hours: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
        require_approval: z.ZodOptional<z.ZodNullable<z.ZodBoolean>>;
    }, z.core.$strict>>>;
    state: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        path: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>>;
    github: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        autoplan: z.ZodOptional<z.ZodNullable<z.ZodBoolean>>;
        allow_fork_plans: z.ZodOptional<z.ZodNullable<z.ZodBoolean>>;
        release_lock_on: z.ZodOptional<z.ZodNullable<z.ZodEnum<{
            apply: "apply";
            merge: "merge";
        }>>>;
    }, z.core.$strict>>>;
    limits: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        max_resources: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
        max_spec_bytes: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    }, z.core.$strict>>>;
    cost: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        usage_ranges: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            [x: string]: z.ZodOptional<z.ZodObject<{
                low: z.ZodNumber;
                high: z.ZodNumber;
            }, z.core.$strict>>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>>;
    prices: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        cache_dir: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        endpoints: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            aws: z.ZodOptional<z.ZodNullable<z.ZodURL>>;
            azure: z.ZodOptional<z.ZodNullable<z.ZodURL>>;
            gcp: z.ZodOptional<z.ZodNullable<z.ZodURL>>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>>;
    mcp: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        allowed_tools: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
    }, z.core.$strict>>>;
    sharing: z.ZodOptional<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodArray<z.ZodString>>>>;
}, z.core.$strict>;
export type ConfigFile = z.infer<typeof configFileSchema>;
export {};
