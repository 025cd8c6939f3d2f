/**
 * Reading `terraform show -json <planfile>` output (format 1.x). The file is a user's and so
 * hostile: it is refused before parsing when it is too large or nested too deeply for the code that
 * walks it, and every field read is validated, so a bad one is an error naming the file and its path.
 */
import { z } from "zod";
import { PlagenticError, SpecError, formatNumber } from "../spec/errors.js";
/** Larger than any real plan of a few thousand resources, small enough to hold in memory twice. */
export const MAX_PLAN_BYTES = 50 * 1024 * 1024;
/** Nesting the recursive walks (validation, masking, canonical JSON) handle with stack to spare. */
export const MAX_PLAN_DEPTH = 200;
const jsonValue = z.unknown();
const change = z.object({
    actions: z
        .array(z.enum(["no-op", "create", "read", "update", "delete", "forget"]))
        .min(1)
        .max(2),
    before: jsonValue.optional(),
    after: jsonValue.optional(),
    after_unknown: jsonValue.optional(),
    before_sensitive: jsonValue.optional(),
    after_sensitive: jsonValue.optional(),
    replace_paths: z.array(z.array(z.union([z.string(), z.number()]))).optional(),
});
const resourceChange = z.object({
    address: z.string().min(1).max(4096),
    module_address: z.string().max(4096).optional(),
    mode: z.enum(["managed", "data"]),
    type: z.string().min(1).max(256),
    name: z.string().min(1).max(1024),
    index: z.union([z.string(), z.number()]).optional(),
    deposed: z.string().max(256).optional(),
    change,
    action_reason: z.string().max(256).optional(),
});
const planJson = z.object({
    format_version: z.string().max(32),
    terraform_version: z.string().max(64).optional(),
    resource_changes: z.array(resourceChange).default([]),
    prior_state: jsonValue.optional(),
    configuration: jsonValue.optional(),
});
/** The path of a zod issue as the file has it: `resource_changes[3].change.actions`. */
function jsonPath(path) {
    let out = "";
    for (const key of path) {
        if (typeof key === "number")
            out += `[${key}]`;
        else
            out += out === "" ? String(key) : `.${String(key)}`;
    }
    return out;
}
/**
 * How deeply `text` nests, counted without parsing (brackets inside strings do not count); stops
 * at the first level past `max`.
 */
export function nestingDepth(text, max) {
    let depth = 0;
    let deepest = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i++;
            else if (c === 0x22)
                inString = false;
        }
        else if (c === 0x22)
            inString = true;
        else if (c === 0x5b || c === 0x7b) {
            depth++;
            if (depth > deepest)
                deepest = depth;
            if (deepest > max)
                return deepest;
        }
        else if (c === 0x5d || c === 0x7d)
            depth--;
    }
    return deepest;
}
/** Parses and validates plan JSON; `file` names it in every error. */
export function parseTerraformPlan(bytes, file) {
    const size = typeof bytes === "string" ? Buffer.byteLength(bytes) : bytes.byteLength;
    if (size > MAX_PLAN_BYTES) {
        throw new PlagenticError(`${file}: the plan JSON is ${formatNumber(size)} bytes, over the limit of ${formatNumber(MAX_PLAN_BYTES)} bytes`);
    }
    const text = typeof bytes === "string" ? bytes : Buffer.from(bytes).toString("utf8");
    if (nestingDepth(text, MAX_PLAN_DEPTH) > MAX_PLAN_DEPTH) {
        throw new PlagenticError(`${file}: the plan JSON nests deeper than ${MAX_PLAN_DEPTH} levels`);
    }
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        throw new SpecError({ file }, undefined, `not valid JSON (${reason}); give the output of \`terraform show -json <planfile>\``);
    }
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
        throw new SpecError({ file }, undefined, "expected a JSON object, the output of `terraform show -json <planfile>`");
    }
    const version = raw["format_version"];
    if (typeof version !== "string") {
        throw new SpecError({ file }, "format_version", "missing; is this the output of `terraform show -json <planfile>`?");
    }
    if (version.split(".")[0] !== "1") {
        throw new SpecError({ file }, "format_version", `${JSON.stringify(version.slice(0, 32))} is not supported: Plagentic reads format 1.x (Terraform 1.x)`);
    }
    if (raw["resource_changes"] === undefined && "values" in raw) {
        throw new SpecError({ file }, undefined, "this is state, not a plan: run `terraform show -json <planfile>` on a saved plan");
    }
    const parsed = planJson.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new SpecError({ file }, jsonPath(issue.path) || undefined, issue.message);
    }
    return parsed.data;
}
