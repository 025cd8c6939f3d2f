import { z } from "zod";
import { requiredApprovals } from "../../config/approvals.js";
import { matchApprovalRule, rulesFor } from "../../config/approval-rules.js";
import { planFacts } from "../../plan/facts.js";
import { hashMatches, StalePlanError } from "../../plan/apply.js";
import { renderApplyText } from "../../render/index.js";
import { RefusedError } from "../../spec/errors.js";
import { loadEnvironment } from "../planning.js";
import { defineTool, environmentArg } from "./types.js";
/** The CLI's rule for `apply --plan <hash>`. */
const PLAN_HASH = /^[0-9a-f]{12,64}$/i;
export const apply = defineTool({
    name: "apply",
    title: "Apply a reviewed plan",
    description: "Apply exactly the plan with plan_hash: the plan is derived again and, if it no longer has that hash (the spec or the live state changed), nothing is applied. Refused where config.yaml requires approvals: apply then happens on the pull request",
    input: {
        environment: environmentArg,
        plan_hash: z
            .string()
            .describe("The hash of the reviewed plan (12 to 64 hex characters), from the plan tool"),
        destroy: z.boolean().optional().describe("Apply a destroy plan"),
    },
    output: {
        environment: z.string(),
        planHash: z.string(),
        ok: z.boolean(),
        results: z.array(z.looseObject({ address: z.string(), action: z.string(), status: z.string() })),
    },
    annotations: () => ({
        readOnlyHint: false,
        destructiveHint: true,
        idempotentHint: false,
        openWorldHint: true,
    }),
    when: (o) => o.allowApply,
    async handler(ctx, { environment, plan_hash, destroy }) {
        const env = await loadEnvironment(ctx, environment);
        if (!PLAN_HASH.test(plan_hash)) {
            throw new RefusedError("plan_hash: not a plan hash (12 to 64 hex characters); nothing was applied");
        }
        const config = ctx.workspace.config;
        const planNow = async () => (await ctx.workspace.plan(env, { destroy: destroy ?? false })).plan;
        let plan;
        let required = 0;
        if (config.approvals.configured && rulesFor(config, environment).length > 0) {
            // Which rule holds depends on what the plan does, so the plan is made before deciding.
            plan = await planNow();
            required = matchApprovalRule(config, environment, planFacts(plan)).requirement.required;
        }
        else if (config.approvals.configured)
            required = requiredApprovals(config, environment);
        if (required > 0) {
            // A stale hash is named as such first: the caller's plan is out of date wherever it is applied.
            plan ??= await planNow();
            if (!hashMatches(plan.hash, plan_hash))
                throw new StalePlanError(plan_hash, plan.hash, environment);
            throw new RefusedError(`${environment} needs ${required} approval(s) under config.yaml's approvals section, so it is not applied from here: open a pull request with the spec change, and it is applied there after review. Nothing was applied.`);
        }
        const { result } = await ctx.applies.run(() => ctx.workspace.apply(env, { expectedHash: plan_hash, destroy: destroy ?? false, actor: ctx.actor }));
        return { text: renderApplyText(result, { color: false }), structured: { ...result } };
    },
});
