/**
 * The team's tools as LangChain tools with zod schemas. Which ones an agent gets is decided here
 * and nowhere else: its declared tools, minus every mutating tool in plan mode (invariant 4).
 */
import { tool } from "@langchain/core/tools";
import { z } from "zod";
import { rangedResources, rangeTotalText, usageRangeLine } from "../render/cost-lines.js";
import { PlagenticError } from "../spec/errors.js";
import { checkedEnvironment } from "../spec/load.js";
import { acceptProposal, applyProposal, assertEnvironmentName, planProposal, withDiff } from "./proposal.js";
import { TeamStopped } from "./run-context.js";
import { isMutatingTool } from "./tools-catalog.js";
/** The tool names an agent is actually given in a mode: mutating tools exist only in apply mode. */
export function toolNamesFor(agent, mode) {
    return agent.tools.filter((name) => mode === "apply" || !isMutatingTool(name));
}
/** Usage ranges listed by estimate_cost at most; the total line covers the rest. */
const RANGED_SHOWN = 20;
const environmentArg = z.string().describe("Environment name, e.g. staging");
const specTextArg = z
    .string()
    .optional()
    .describe("Full spec text to evaluate; defaults to the proposal made so far, else the current spec");
export function buildTools(ctx, names) {
    return names.map((name) => TOOL_BUILDERS[name](ctx));
}
const TOOL_BUILDERS = {
    list_environments: (ctx) => tool(async () => {
        const names = await ctx.environmentNames();
        if (names.length === 0)
            return "There are no environment specs yet.";
        const rows = [];
        for (const name of names) {
            const text = await ctx.specText(name);
            const head = text === null ? "" : summaryOf(text);
            rows.push(`- ${name} (${ctx.fileOf(name)})${head}`);
        }
        return rows.join("\n");
    }, {
        name: "list_environments",
        description: "List the environment specs in the repository with their provider and region",
        schema: z.object({}),
    }),
    read_spec: (ctx) => tool(async ({ environment, version }) => {
        assertEnvironmentName(environment);
        const proposal = ctx.proposal?.environment === environment ? ctx.proposal : undefined;
        if ((version ?? "latest") === "latest" && proposal) {
            return `Proposed spec for ${environment} (the last proposal in this conversation, not yet applied; ${proposal.file}):\n${proposal.after}`;
        }
        const text = await ctx.specText(environment);
        if (text === null)
            return `There is no spec for ${environment} yet (${ctx.fileOf(environment)}).`;
        return `Current spec ${ctx.fileOf(environment)}:\n${text}`;
    }, {
        name: "read_spec",
        description: "Read an environment spec (YAML). By default returns the latest proposal for it if one was made, else the spec in the repository",
        schema: z.object({
            environment: environmentArg,
            version: z.enum(["latest", "current"]).optional().describe("current = the spec in the repository"),
        }),
    }),
    describe_live: (ctx) => tool(async ({ environment }) => {
        assertEnvironmentName(environment);
        const text = await ctx.specText(environment);
        if (text === null)
            return `${environment} has no spec, so Plagentic owns nothing live for it.`;
        const env = checkedEnvironment(text, ctx.fileOf(environment), environment, ctx.workspace.config.limits);
        const live = await ctx.workspace.liveResources(env);
        if (live.length === 0)
            return `${environment} owns no live resources.`;
        return JSON.stringify(live.map((r) => ({ address: r.address, type: r.type, attributes: r.attributes })), null, 1);
    }, {
        name: "describe_live",
        description: "Describe the live resources an environment owns (read from its cloud)",
        schema: z.object({ environment: environmentArg }),
    }),
    estimate_cost: (ctx) => tool(async ({ environment, spec_text }) => {
        const plan = await planOf(ctx, environment, spec_text);
        const c = plan.cost;
        const rows = c.resources
            .filter((r) => r.monthlyBefore !== r.monthlyAfter)
            .map((r) => `${r.address}: ${money(r.monthlyBefore)} -> ${money(r.monthlyAfter)}`);
        return [
            `Monthly cost (USD, 730 h): before $${c.monthlyBefore.toFixed(2)}, after $${c.monthlyAfter.toFixed(2)}, change ${c.monthlyDelta >= 0 ? "+" : "-"}$${Math.abs(c.monthlyDelta).toFixed(2)}`,
            ...rows,
            ...c.unknown.map((u) => `unknown price: ${u.address} ${u.component}: ${u.reason}`),
            // Usage-priced resources without usage: figures, at typical usage (never in the totals).
            ...[rangeTotalText(c) ?? []].flat(),
            ...rangedResources(c).slice(0, RANGED_SHOWN).map(usageRangeLine),
        ].join("\n");
    }, {
        name: "estimate_cost",
        description: "Price an environment spec, or a proposed edit of it, against its live state",
        schema: z.object({ environment: environmentArg, spec_text: specTextArg }),
    }),
    check_policy: (ctx) => tool(async ({ environment, spec_text }) => {
        const plan = await planOf(ctx, environment, spec_text);
        const lines = plan.policy.findings
            .filter((f) => f.level !== "pass")
            .map((f) => `${f.level}: ${f.rule}: ${f.message}`);
        return [`Policy verdict: ${plan.policy.verdict}`, ...lines].join("\n");
    }, {
        name: "check_policy",
        description: "Run the configured policies against an environment spec or a proposed edit of it",
        schema: z.object({ environment: environmentArg, spec_text: specTextArg }),
    }),
    propose_spec_change: (ctx) => tool(async ({ environment, spec_text, explanation }) => {
        ctx.proposalAttempts++;
        try {
            assertEnvironmentName(environment);
            const file = ctx.fileOf(environment);
            const before = await ctx.specText(environment);
            // The model saw the spec through ctx.redact; what it kept masked gets its real value back.
            const { text } = acceptProposal({ text: spec_text, before, environment, file, limits: ctx.workspace.config.limits }, ctx.workspace.config.secrets, ctx.redact);
            ctx.proposal = { environment, file, before, after: ensureNewline(text), explanation };
            ctx.proposedThisRun = true;
            ctx.proposalsAccepted++;
            ctx.emit({ kind: "proposal", message: `proposal for ${file} accepted by the spec parser` });
            return `Accepted: the proposed ${file} parses. Plagentic will plan it, price it and check it against policy; nothing is applied until humans approve.`;
        }
        catch (e) {
            if (!(e instanceof PlagenticError))
                throw e;
            const left = ctx.maxProposalAttempts - ctx.proposalAttempts;
            ctx.emit({ kind: "proposal_rejected", message: e.message });
            if (left <= 0) {
                throw new TeamStopped(`the team's proposal was rejected ${ctx.proposalAttempts} time(s) and the limit is ${ctx.maxProposalAttempts}; nothing was proposed. Last error: ${e.message}`);
            }
            return `Rejected, nothing was saved: ${e.message}\nFix exactly this and call propose_spec_change again with the full corrected spec (${left} attempt(s) left).`;
        }
    }, {
        name: "propose_spec_change",
        description: "Propose the complete new text of ONE environment spec (environments/<name>.yaml). It is checked with the spec parser; humans review it before anything is applied",
        schema: z.object({
            environment: environmentArg,
            spec_text: z.string().describe("The full new YAML of the spec, not a fragment or a diff"),
            explanation: z.string().describe("One paragraph: what changes and why"),
        }),
    }),
    apply_plan: (ctx) => tool(async ({ environment, plan_hash }) => {
        const proposal = ctx.proposal;
        const plan = ctx.plan;
        if (!ctx.proposedThisRun || !proposal || !plan || proposal.environment !== environment) {
            return `Refused: there is no plan for ${environment} in this run to apply.`;
        }
        if (ctx.applied)
            return "Already applied in this run.";
        if (!(await ctx.confirmApply(plan, withDiff(proposal))))
            return "Refused: the apply was not confirmed.";
        // The hash gate: Workspace.apply re-derives the plan and refuses anything but `plan_hash`.
        ctx.applied = await applyProposal(ctx.workspace, proposal, plan_hash);
        return ctx.applied.ok ? "Applied." : "Apply finished with failures; see the report.";
    }, {
        name: "apply_plan",
        description: "Apply the plan of this run's proposal; refused unless plan_hash is that plan's hash",
        schema: z.object({ environment: environmentArg, plan_hash: z.string() }),
    }),
};
async function planOf(ctx, environment, specText) {
    assertEnvironmentName(environment);
    const proposal = specText !== undefined
        ? {
            environment,
            file: ctx.fileOf(environment),
            before: null,
            after: specText,
            explanation: "",
        }
        : ctx.proposal?.environment === environment
            ? ctx.proposal
            : undefined;
    if (proposal)
        return planProposal(ctx.workspace, proposal);
    const text = await ctx.specText(environment);
    if (text === null)
        throw new PlagenticError(`there is no spec for ${environment} and no proposal for it`);
    return planProposal(ctx.workspace, {
        environment,
        file: ctx.fileOf(environment),
        before: text,
        after: text,
        explanation: "",
    });
}
function summaryOf(text) {
    const provider = /^provider:\s*([\w-]+)/m.exec(text)?.[1];
    const region = /^region:\s*([\w-]+)/m.exec(text)?.[1];
    return provider || region ? `: provider ${provider ?? "?"}, region ${region ?? "?"}` : "";
}
function money(v) {
    return v === null ? "unknown" : `$${v.toFixed(2)}`;
}
function ensureNewline(text) {
    return text.endsWith("\n") ? text : text + "\n";
}
