import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { hasChanges } from "../../plan/engine.js";
import { renderPlanJson, renderPlanText } from "../../render/index.js";
import { loadEnv } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { writePlanMarkdown } from "../plan-markdown-file.js";
export function registerPlan(program, ctx) {
    program
        .command("plan")
        .description("show what would change in an environment, what it costs and whether policy allows it")
        .argument("<environment>", "environment name (environments/<name>.yaml)")
        .option("--json", "print the plan as JSON")
        .option("--out <file>", "also save the plan as JSON, for `apply --plan <file>`")
        .option("--markdown-out <file>", "also write the plan as Markdown (the App's plan comment, whole), to post on a merge request")
        .option("--destroy", "plan removing everything the environment owns")
        .option("--detailed-exitcode", "exit 0 when there are no changes, 2 when there are")
        .action(ctx.withWorkspace(async (ws, out, name, opts) => {
        const env = await loadEnv(ws, out, name);
        out.progress(`Reading live state of ${name} from ${env.spec.provider}...`);
        const { plan } = await ws.plan(env, { destroy: opts.destroy ?? false });
        if (opts.out) {
            await writeFile(resolve(ctx.io.cwd, opts.out), renderPlanJson(plan));
            out.progress(`Saved the plan to ${opts.out} (hash ${plan.hash.slice(0, 12)}).`);
        }
        if (opts.markdownOut) {
            await writePlanMarkdown(resolve(ctx.io.cwd, opts.markdownOut), plan, out);
            out.progress(`Wrote the plan as Markdown to ${opts.markdownOut}.`);
        }
        out.print(opts.json
            ? renderPlanJson(plan)
            : renderPlanText(plan, { color: out.color }) + nextStepHint(plan, opts.out));
        if (plan.policy.verdict === "fail")
            return EXIT.error;
        return opts.detailedExitcode && hasChanges(plan) ? EXIT.changes : EXIT.ok;
    }));
}
function nextStepHint(plan, savedTo) {
    if (!hasChanges(plan) || plan.policy.verdict === "fail")
        return "";
    const ref = savedTo ?? plan.hash.slice(0, 12);
    const destroy = plan.destroy && !savedTo ? " --destroy" : "";
    return `\nTo apply exactly this plan: plagentic apply ${plan.environment} --plan ${ref}${destroy}\n`;
}
