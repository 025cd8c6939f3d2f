/**
 * The `policies:` section of config.yaml: one entry per rule id, holding the common settings and
 * the rule's own options side by side:
 *
 *   policies:
 *     max_monthly_cost: { limit: 500, level: warn, environments: [staging] }
 *     no_world_open_admin_ports: { enabled: false }
 *
 * Every object is strict, so a misspelt rule id or option is reported at its path
 * (`policies.max_monthly_cost.limt`) instead of being ignored.
 */
import { z } from "zod";
declare const settingsShape: {
    /** Absent means on once the rule is configured. */
    enabled: z.ZodOptional<z.ZodBoolean>;
    level: z.ZodDefault<z.ZodEnum<{
        warn: "warn";
        fail: "fail";
    }>>;
    environments: z.ZodOptional<z.ZodArray<z.ZodString>>;
};
export declare const COMMON_SETTINGS: (keyof typeof settingsShape)[];
type SettingsShape = typeof settingsShape;
type EntrySchema<S extends z.core.$ZodShape> = z.ZodOptional<z.ZodObject<z.core.util.Extend<SettingsShape, S>, z.core.$strict>>;
export declare const policyConfigSchema: z.ZodObject<{
    allowed_instance_types: EntrySchema<{
        allow: z.ZodArray<z.ZodString>;
    }>;
    allowed_regions: EntrySchema<{
        regions: z.ZodArray<z.ZodString>;
    }>;
    database_deletion_protection: EntrySchema<{}>;
    encryption_at_rest: EntrySchema<{
        undeclared: z.ZodDefault<z.ZodEnum<{
            warn: "warn";
            fail: "fail";
        }>>;
    }>;
    imdsv2_required: EntrySchema<{}>;
    max_monthly_cost_delta: EntrySchema<{
        limit: z.ZodNumber;
        unknown_prices: z.ZodDefault<z.ZodEnum<{
            warn: "warn";
            fail: "fail";
        }>>;
    }>;
    max_monthly_cost: EntrySchema<{
        limit: z.ZodNumber;
        unknown_prices: z.ZodDefault<z.ZodEnum<{
            warn: "warn";
            fail: "fail";
        }>>;
    }>;
    no_public_databases: EntrySchema<{
        world_fraction: z.ZodDefault<z.ZodNumber>;
        public_network_access: z.ZodDefault<z.ZodEnum<{
            warn: "warn";
            fail: "fail";
        }>>;
    }>;
    no_world_open_admin_ports: EntrySchema<{
        ports: z.ZodDefault<z.ZodArray<z.ZodNumber>>;
        world_fraction: z.ZodDefault<z.ZodNumber>;
    }>;
    protected_environments: EntrySchema<{
        environments: z.ZodDefault<z.ZodArray<z.ZodString>>;
    }>;
    protected_resources: EntrySchema<{}>;
    required_tags: EntrySchema<{
        tags: z.ZodArray<z.ZodString>;
    }>;
}, z.core.$strict>;
/** The section after parsing: levels defaulted, rule option defaults applied. */
export type PolicyConfig = z.output<typeof policyConfigSchema>;
/** The section as written, e.g. by an SDK caller building it in code. */
export type PolicyConfigInput = z.input<typeof policyConfigSchema>;
export {};
