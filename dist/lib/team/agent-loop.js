import { AIMessage, ToolMessage } from "@langchain/core/messages";
import { PlagenticError } from "../spec/errors.js";
import { withRetry } from "./retry.js";
import { TeamStopped } from "./run-context.js";
/** Counts a step, calls the model with bounded retries and records usage. */
export async function callModel(ctx, agent, invoke) {
    if (ctx.steps.used >= ctx.steps.max) {
        throw new TeamStopped(`the team reached its limit of ${ctx.steps.max} model calls (max_steps in ${ctx.team.id}) before finishing; nothing was applied. Raise max_steps or make the request narrower.`);
    }
    ctx.steps.used++;
    const { name, endpoint } = ctx.modelFor(agent);
    let result;
    try {
        result = await withRetry(invoke, ctx.retry, (attempt, e) => ctx.emit({
            kind: "retry",
            message: `${agent.name}: model call failed (${errorText(e)}); retry ${attempt}`,
        }));
    }
    catch (e) {
        // Reported as a user-facing failure (key, endpoint, quota), not a crash; nothing was written.
        throw new PlagenticError(`${agent.name}: the ${name} model call${endpoint ? ` to ${endpoint}` : ""} failed: ${errorText(e)}; nothing was proposed or applied`);
    }
    const raw = messageOf(result);
    ctx.usage.record(name, raw?.usage_metadata);
    return result;
}
export async function runAgent(ctx, agent, messages, tools, handoffTools = new Set()) {
    const { model } = ctx.modelFor(agent);
    const bound = tools.length > 0 ? bindTools(model, tools) : model;
    const byName = new Map(tools.map((t) => [t.name, t]));
    for (;;) {
        const reply = (await callModel(ctx, agent, () => bound.invoke(redacted(ctx, messages))));
        messages.push(reply);
        const calls = reply.tool_calls ?? [];
        if (calls.length === 0)
            return { text: textOf(reply), messages };
        const accepted = ctx.proposalsAccepted;
        let handoff;
        for (const call of calls) {
            const id = call.id ?? `${agent.name}-${messages.length}`;
            if (handoffTools.has(call.name)) {
                if (!handoff) {
                    handoff = { callId: id, tool: call.name, args: call.args };
                    continue;
                }
                messages.push(new ToolMessage({ content: "Not run: hand off to one agent at a time.", tool_call_id: id }));
                continue;
            }
            const t = byName.get(call.name);
            const content = t
                ? await runTool(t, call.args)
                : `Error: there is no tool "${call.name}" for you; your tools are: ${[...byName.keys()].join(", ") || "none"}.`;
            ctx.emit({ kind: "tool", message: `${agent.name} called ${call.name}` });
            messages.push(new ToolMessage({ content, tool_call_id: id }));
        }
        if (handoff)
            return { text: textOf(reply), messages, handoff };
        // The engine plans, prices and reviews an accepted proposal; a closing remark would add a
        // model call and nothing the plan does not say better.
        if (ctx.proposalsAccepted > accepted && ctx.proposal) {
            return { text: textOf(reply) || ctx.proposal.explanation, messages };
        }
    }
}
/** Asks for structured output, counting the call and its usage like any other. */
export async function structuredAnswer(ctx, agent, messages, schema, name) {
    const { model } = ctx.modelFor(agent);
    const runnable = model.withStructuredOutput(schema, {
        name,
        includeRaw: true,
    });
    const result = await callModel(ctx, agent, () => runnable.invoke(redacted(ctx, messages)));
    // Fakes ignore includeRaw and return the value itself.
    const value = isRawAndParsed(result) ? result.parsed : result;
    return schema.parse(value);
}
/**
 * The messages as the model may see them: the one place text leaves for a model, so secrets are
 * masked here (in system prompts, user text, tool results and earlier answers alike).
 */
function redacted(ctx, messages) {
    return messages.map((m) => {
        if (typeof m.content === "string") {
            const masked = ctx.redact(m.content);
            if (masked === m.content)
                return m;
            const copy = Object.create(Object.getPrototypeOf(m));
            Object.assign(copy, m, { content: masked, lc_kwargs: { ...m.lc_kwargs, content: masked } });
            return copy;
        }
        return m;
    });
}
async function runTool(t, args) {
    try {
        const out = await t.invoke(args);
        return typeof out === "string" ? out : JSON.stringify(out);
    }
    catch (e) {
        if (e instanceof TeamStopped)
            throw e;
        if (e instanceof PlagenticError)
            return `Error: ${e.message}`;
        // Bad arguments from the model are the model's to fix; anything else is a bug.
        if (e instanceof Error && e.name === "ToolInputParsingException")
            return `Error: ${e.message}`;
        throw e;
    }
}
function bindTools(model, tools) {
    if (!model.bindTools)
        throw new PlagenticError(`the model ${model.getName()} does not support tool calls`);
    return model.bindTools(tools);
}
export function textOf(message) {
    const c = message.content;
    if (typeof c === "string")
        return c;
    return c
        .map((part) => (typeof part === "string" ? part : part.type === "text" ? String(part["text"]) : ""))
        .join("");
}
function errorText(e) {
    return e instanceof Error ? e.message : String(e);
}
function messageOf(result) {
    if (AIMessage.isInstance(result))
        return result;
    if (isRawAndParsed(result) && AIMessage.isInstance(result.raw))
        return result.raw;
    return undefined;
}
function isRawAndParsed(v) {
    return typeof v === "object" && v !== null && "raw" in v && "parsed" in v;
}
