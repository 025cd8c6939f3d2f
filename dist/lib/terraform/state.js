/**
 * Terraform state as Plagentic reads it: a state file (format version 4, `terraform.tfstate`) or
 * the state output of `terraform show -json` (its `values`), both brought to one list of resource
 * instances. State files are user files: size is bounded before parsing, every field is checked by
 * a schema, and an error names the file, line and field.
 */
import { z } from "zod";
import { formatNumber, SpecError } from "../spec/errors.js";
import { formatFieldPath, parseYamlSource, zodIssueToError } from "../spec/yaml-source.js";
/** A larger state is refused unread: it is far past what one environment spec holds. */
export const MAX_STATE_BYTES = 64 * 1024 * 1024;
/** `show -json` nests child modules; deeper than this is not a real configuration. */
const MAX_MODULE_DEPTH = 32;
const attributesSchema = z.record(z.string(), z.unknown());
const indexKeySchema = z.union([z.number().int().min(0), z.string().max(1024)]);
const nameSchema = z.string().min(1).max(256);
const v4Schema = z.object({
    version: z.literal(4, "only state format version 4 is supported (Terraform 0.12 and later)"),
    resources: z
        .array(z.object({
        module: z.string().max(4096).optional(),
        mode: z.enum(["managed", "data"]),
        type: nameSchema,
        name: nameSchema,
        provider: z.string().max(1024),
        instances: z.array(z.object({
            index_key: indexKeySchema.optional(),
            attributes: attributesSchema.optional(),
        })),
    }))
        .default([]),
});
const showResourceSchema = z.object({
    address: z.string().max(4096),
    mode: z.enum(["managed", "data"]),
    type: nameSchema,
    name: nameSchema,
    index: indexKeySchema.optional(),
    provider_name: z.string().max(1024),
    values: attributesSchema.optional(),
});
const showModuleSchema = z.lazy(() => z.object({
    address: z.string().max(4096).optional(),
    resources: z.array(showResourceSchema).optional(),
    child_modules: z.array(showModuleSchema).optional(),
}));
const showSchema = z.object({
    format_version: z.string().regex(/^1\.\d+$/, "expected format_version 1.x"),
    values: z.object({ root_module: showModuleSchema }).optional(),
});
/** Parses a state file's text (either format) into its resource instances. */
export function parseTerraformState(text, file) {
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes > MAX_STATE_BYTES) {
        throw new SpecError({ file }, undefined, `the state is ${formatNumber(bytes)} bytes, over the limit of ${formatNumber(MAX_STATE_BYTES)}`);
    }
    const data = parseJson(text, file);
    const fail = (path, reason) => located(text, file, path, reason);
    if (data === null || typeof data !== "object" || Array.isArray(data)) {
        throw fail([], "expected a Terraform state (terraform.tfstate or `terraform show -json` output)");
    }
    const record = data;
    if ("format_version" in record)
        return fromShow(text, file, record, fail);
    if (!("version" in record)) {
        throw fail([], "expected a Terraform state: neither `version` (state file) nor `format_version` (show -json)");
    }
    const parsed = v4Schema.safeParse(record);
    if (!parsed.success)
        throw zodError(text, file, parsed.error);
    return parsed.data.resources.flatMap((r) => r.instances.map((i) => {
        const base = `${r.module ? `${r.module}.` : ""}${r.mode === "data" ? "data." : ""}${r.type}.${r.name}`;
        return {
            address: base + indexSuffix(i.index_key),
            mode: r.mode,
            type: r.type,
            name: r.name,
            ...(r.module && { module: r.module }),
            provider: providerSource(r.provider),
            ...(i.index_key !== undefined && { indexKey: i.index_key }),
            attributes: i.attributes ?? {},
        };
    }));
}
function fromShow(text, file, record, fail) {
    checkModuleDepth(record, file);
    const parsed = showSchema.safeParse(record);
    if (!parsed.success)
        throw zodError(text, file, parsed.error);
    if ("planned_values" in record || "resource_changes" in record) {
        throw fail([], "this is a plan (`terraform show -json tfplan`); import reads a state");
    }
    const out = [];
    const visit = (m, path) => {
        for (const r of m.resources ?? []) {
            out.push({
                address: r.address,
                mode: r.mode,
                type: r.type,
                name: r.name,
                ...(m.address && { module: m.address }),
                provider: r.provider_name,
                ...(r.index !== undefined && { indexKey: r.index }),
                attributes: r.values ?? {},
            });
        }
        (m.child_modules ?? []).forEach((c, i) => visit(c, [...path, "child_modules", i]));
    };
    if (parsed.data.values)
        visit(parsed.data.values.root_module, ["values", "root_module"]);
    return out;
}
/**
 * Refuses `child_modules` nested past MAX_MODULE_DEPTH before the schema (which recurses) sees
 * them; walked with a stack of its own, so a hostile depth cannot overflow the call stack.
 */
function checkModuleDepth(record, file) {
    const values = record["values"];
    const root = isRecord(values) ? values["root_module"] : undefined;
    const stack = [{ m: root, depth: 0 }];
    while (stack.length > 0) {
        const { m, depth } = stack.pop();
        if (!isRecord(m) || !Array.isArray(m["child_modules"]))
            continue;
        // Named by field only: positioning a document this deep would cost more than reading it.
        if (depth >= MAX_MODULE_DEPTH)
            throw new SpecError({ file }, "values.root_module", `modules nested deeper than ${MAX_MODULE_DEPTH}`);
        for (const c of m["child_modules"])
            stack.push({ m: c, depth: depth + 1 });
    }
}
/** A SpecError at `path`, with the line when the text can be read with positions. */
function located(text, file, path, reason) {
    try {
        return parseYamlSource(text, file).error(path, reason);
    }
    catch {
        // A document too odd to position (or too deep) is still reported, by field alone.
        return new SpecError({ file }, formatFieldPath(path) || undefined, reason);
    }
}
function zodError(text, file, error) {
    try {
        return zodIssueToError(parseYamlSource(text, file), error);
    }
    catch {
        const issue = error.issues[0];
        const path = (issue?.path ?? []);
        return new SpecError({ file }, formatFieldPath(path) || undefined, issue?.message ?? "invalid value");
    }
}
function isRecord(v) {
    return v !== null && typeof v === "object" && !Array.isArray(v);
}
function parseJson(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        // V8 names the position ("... in JSON at position 12 (line 2 column 3)"); keep only that.
        const message = e instanceof Error ? e.message : String(e);
        const at = /line (\d+) column (\d+)/.exec(message);
        const location = at ? { file, line: Number(at[1]), column: Number(at[2]) } : { file };
        throw new SpecError(location, undefined, "not valid JSON: a Terraform state is a JSON document");
    }
}
/** `provider["registry.terraform.io/hashicorp/aws"]` (or `.alias`) → `registry.terraform.io/hashicorp/aws`. */
function providerSource(provider) {
    const m = /^provider\["([^"\]]+)"\]/.exec(provider);
    return m ? m[1] : provider;
}
function indexSuffix(key) {
    if (key === undefined)
        return "";
    return typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`;
}
