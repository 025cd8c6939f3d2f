/**
 * Reading `terraform show -json <planfile>` output (format 1.x). The file is a user's and so
 * hostile: it is refused before parsing when it is too large or nested too deeply for the code that
 * walks it, and every field read is validated, so a bad one is an error naming the file and its path.
 */
import { z } from "zod";
/** Larger than any real plan of a few thousand resources, small enough to hold in memory twice. */
export declare const MAX_PLAN_BYTES: number;
/** Nesting the recursive walks (validation, masking, canonical JSON) handle with stack to spare. */
export declare const MAX_PLAN_DEPTH = 200;
declare const resourceChange: z.ZodObject<{
    address: z.ZodString;
    module_address: z.ZodOptional<z.ZodString>;
    mode: z.ZodEnum<{
        data: "data";
        managed: "managed";
    }>;
    type: z.ZodString;
    name: z.ZodString;
    index: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
    deposed: z.ZodOptional<z.ZodString>;
    change: z.ZodObject<{
        actions: z.ZodArray<z.ZodEnum<{
            create: "create";
            update: "update";
            delete: "delete";
            read: "read";
            "no-op": "no-op";
            forget: "forget";
        }>>;
        before: z.ZodOptional<z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
        after: z.ZodOptional<z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
        after_unknown: z.ZodOptional<z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
        before_sensitive: z.ZodOptional<z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
        after_sensitive: z.ZodOptional<z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
        replace_paths: z.ZodOptional<z.ZodArray<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>>;
    }, z.core.$strip>;
    action_reason: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
declare const planJson: z.ZodObject<{
    format_version: z.ZodString;
    terraform_version: z.ZodOptional<z.ZodString>;
    resource_changes: z.ZodDefault<z.ZodArray<z.ZodObject<{
        address: z.ZodString;
        module_address: z.ZodOptional<z.ZodString>;
        mode: z.ZodEnum<{
            data: "data";
            managed: "managed";
        }>;
        type: z.ZodString;
        name: z.ZodString;
        index: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
        deposed: z.ZodOptional<z.ZodString>;
        change: z.ZodObject<{
            actions: z.ZodArray<z.ZodEnum<{
                create: "create";
                update: "update";
                delete: "delete";
                read: "read";
                "no-op": "no-op";
                forget: "forget";
            }>>;
            before: z.ZodOptional<z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
            after: z.ZodOptional<z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
            after_unknown: z.ZodOptional<z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
            before_sensitive: z.ZodOptional<z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
            after_sensitive: z.ZodOptional<z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
            replace_paths: z.ZodOptional<z.ZodArray<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>>;
        }, z.core.$strip>;
        action_reason: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>>;
    prior_state: z.ZodOptional<z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
    configuration: z.ZodOptional<z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
}, z.core.$strip>;
export type TerraformPlanJson = z.infer<typeof planJson>;
export type TerraformResourceChange = z.infer<typeof resourceChange>;
/**
 * How deeply `text` nests, counted without parsing (brackets inside strings do not count); stops
 * at the first level past `max`.
 */
export declare function nestingDepth(text: string, max: number): number;
/** Parses and validates plan JSON; `file` names it in every error. */
export declare function parseTerraformPlan(bytes: Uint8Array | string, file: string): TerraformPlanJson;
export {};
