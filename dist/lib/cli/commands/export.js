/**
 * `plagentic export <env> --format terraform|cloudformation|arm`: the environment as another
 * tool's input, on stdout or in a file (`--out`). Nothing is planned or applied.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { exportFormatNames, getExportFormat } from "../../export/index.js";
import { createRedactor, secretValuesFromEnv } from "../../render/redact.js";
import { PlagenticError } from "../../spec/errors.js";
import { loadEnv } from "../context.js";
import { EXIT } from "../exit-codes.js";
export function registerExport(program, ctx) {
    program
        .command("export")
        .description("write an environment as Terraform JSON, a CloudFormation template or an ARM template")
        .argument("<environment>", "environment name (environments/<name>.yaml)")
        .requiredOption("-f, --format <format>", `one of: ${exportFormatNames().join(", ")}`)
        .option("--out <file>", "write to this file instead of stdout")
        .option("--yaml", "cloudformation: write YAML instead of JSON")
        .action(ctx.withWorkspace(async (ws, out, name, opts) => {
        const format = getExportFormat(opts.format);
        if (opts.yaml && format.name !== "cloudformation") {
            throw new PlagenticError(`--yaml applies to --format cloudformation only, not ${format.name}`);
        }
        const env = await loadEnv(ws, out, name);
        const text = format.render(env, {
            repository: ws.repository,
            sharedWith: ws.identity(name).sharedWith,
            ...(opts.yaml && { yaml: true }),
        });
        if (!opts.out) {
            out.print(text);
            return EXIT.ok;
        }
        await writeExport(opts.out, text, { cwd: ctx.io.cwd, env: ctx.io.env, secrets: ws.config.secrets });
        out.progress(`Wrote ${format.name} export of ${name} to ${opts.out}.`);
        return EXIT.ok;
    }));
}
/**
 * Writes an export to `path` (relative to `cwd`). A file leaves the process too, so it goes through
 * the same redaction as every other output (invariant 7); a path that cannot be written is the
 * user's error, named with the system's reason.
 */
export async function writeExport(path, text, opts) {
    const redact = createRedactor([...opts.secrets, ...secretValuesFromEnv(opts.env)]);
    try {
        await writeFile(resolve(opts.cwd, path), redact(text));
    }
    catch (e) {
        const code = e.code ?? "error";
        throw new PlagenticError(`cannot write ${path}: ${code}`);
    }
}
