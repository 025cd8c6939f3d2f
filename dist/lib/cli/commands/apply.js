import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { hasChanges } from "../../plan/engine.js";
import { renderApplyText, renderPlanText } from "../../render/index.js";
import { PlagenticError } from "../../spec/errors.js";
import { applyProgress, loadEnv } from "../context.js";
import { EXIT } from "../exit-codes.js";
export function registerApply(program, ctx) {
    program
        .command("apply")
        .description("apply a reviewed plan; refuses when the plan no longer matches the spec and live state")
        .argument("<environment>", "environment name")
        .option("--plan <hash-or-file>", "the reviewed plan: its hash (at least 12 characters) or a file from `plan --out`")
        .option("--destroy", "apply a destroy plan")
        .option("-y, --yes", "do not ask for confirmation (required when not on a terminal)")
        .option("--json", "print the apply result as JSON")
        .action(ctx.withWorkspace(async (ws, out, name, opts) => {
        const env = await loadEnv(ws, out, name);
        let destroy = opts.destroy ?? false;
        let expectedHash;
        if (opts.plan) {
            const reviewed = await reviewedPlan(opts.plan, name, ctx.io.cwd);
            expectedHash = reviewed.hash;
            if (reviewed.destroy !== undefined)
                destroy = reviewed.destroy;
        }
        else {
            out.progress(`Reading live state of ${name} from ${env.spec.provider}...`);
            const { plan } = await ws.plan(env, { destroy });
            if (!opts.json)
                out.print(renderPlanText(plan, { color: out.color }));
            if (!hasChanges(plan))
                return EXIT.ok;
            if (!(await ctx.approve(opts.yes ?? false, name))) {
                out.progress("Apply cancelled; nothing was changed.");
                return EXIT.error;
            }
            expectedHash = plan.hash;
        }
        const user = ctx.io.env["USER"];
        const { plan, result } = await ws.apply(env, {
            expectedHash,
            destroy,
            ...(user && { actor: user }),
            onProgress: applyProgress(out),
        });
        if (opts.plan && !hasChanges(plan))
            out.progress("The plan has no changes; nothing to apply.");
        out.print(opts.json
            ? JSON.stringify(result, null, 2) + "\n"
            : renderApplyText(result, { color: out.color }));
        return result.ok ? EXIT.ok : EXIT.applyFailed;
    }));
}
/** The hash to hold the apply to: given directly, or read from a file written by `plan --out`. */
async function reviewedPlan(ref, environment, cwd) {
    if (/^[0-9a-f]{12,64}$/i.test(ref))
        return { hash: ref };
    let text;
    try {
        text = await readFile(resolve(cwd, ref), "utf8");
    }
    catch {
        throw new PlagenticError(`--plan ${ref}: not a plan hash (12 to 64 hex characters) and not a readable file`);
    }
    let saved;
    try {
        saved = JSON.parse(text);
    }
    catch {
        throw new PlagenticError(`--plan ${ref}: not a JSON plan file (write one with plagentic plan ${environment} --out ${ref})`);
    }
    if (typeof saved.hash !== "string")
        throw new PlagenticError(`--plan ${ref}: the file has no plan hash`);
    if (saved.environment !== environment) {
        throw new PlagenticError(`--plan ${ref}: the plan is for environment "${saved.environment}", not "${environment}"`);
    }
    return { hash: saved.hash, ...(typeof saved.destroy === "boolean" && { destroy: saved.destroy }) };
}
