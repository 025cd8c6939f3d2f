/**
 * The team as a LangGraph StateGraph: intake → the agents in the team's workflow pattern → the
 * engine's deterministic plan of the proposal → the reviewers → report. State is plain JSON so a
 * checkpointer can keep a thread's memory across processes.
 */
import { mapChatMessagesToStoredMessages, mapStoredMessagesToChatMessages, HumanMessage, SystemMessage, ToolMessage, } from "@langchain/core/messages";
import { tool } from "@langchain/core/tools";
import { Annotation, END, Send, START, StateGraph } from "@langchain/langgraph";
import { z } from "zod";
import { renderPlanText } from "../render/index.js";
import { runAgent, structuredAnswer } from "./agent-loop.js";
import { upfrontSpecs } from "./upfront-specs.js";
import { unifiedDiff } from "./line-diff.js";
import { planProposal } from "./proposal.js";
import { REVIEW_REQUEST, systemPrompt, taskMessage } from "./prompts.js";
import { buildTools, toolNamesFor } from "./tools.js";
/** Per-run lists: a node appends; `null` (written by intake) starts the list afresh. */
function perRunList() {
    return Annotation({
        reducer: (current, update) => (update === null ? [] : [...current, ...update]),
        default: () => [],
    });
}
export const TeamState = Annotation.Root({
    task: Annotation(),
    /** The thread's conversation; kept by the checkpointer, or passed in by the caller (Action). */
    history: Annotation(),
    /** The last proposal of an earlier run in the thread. */
    lastProposal: Annotation(),
    proposal: Annotation(),
    notes: perRunList(),
    findings: perRunList(),
    plan: Annotation(),
    route: Annotation(),
    supervisorLog: Annotation(),
    outcome: Annotation(),
    /** Which agent a fanned-out (Send) task is for. */
    assignee: Annotation(),
});
const REVIEW_STAGES = ["reviewer", "security", "cost"];
export const reviewSchema = z.object({
    findings: z.array(z.object({
        severity: z.enum(["info", "warning", "error"]),
        message: z.string(),
    })),
    summary: z.string(),
});
export async function runTeamGraph(ctx, input, memory) {
    const team = ctx.team;
    const reviewers = team.agents.filter((a) => REVIEW_STAGES.includes(a.stage));
    const proposers = team.agents.filter((a) => !REVIEW_STAGES.includes(a.stage));
    const byName = new Map(team.agents.map((a) => [a.name, a]));
    const g = new StateGraph(TeamState);
    g.addNode("intake", async (s) => {
        ctx.proposal = s.lastProposal ?? undefined;
        ctx.emit({
            kind: "intake",
            message: `${team.name}: ${team.workflow} workflow, ${team.agents.length} agent(s)`,
        });
        return {
            history: input.history ?? s.history ?? [],
            lastProposal: s.lastProposal ?? null,
            proposal: null,
            notes: null,
            findings: null,
            plan: null,
            route: null,
            supervisorLog: [],
            outcome: null,
        };
    });
    g.addEdge(START, "intake");
    // Proposing phase: ends by routing to "engine".
    if (team.workflow === "hierarchical")
        addHierarchical(ctx, g, proposers);
    else if (team.workflow === "parallel")
        addParallel(ctx, g, proposers);
    else
        chain(g, "intake", proposers.map((a, i) => [`agent_${i}`, proposerNode(ctx, a)]), "engine");
    g.addNode("engine", async (s) => {
        if (!ctx.proposedThisRun || !ctx.proposal) {
            const last = s.notes[s.notes.length - 1]?.content.trim();
            return { outcome: { kind: "no_change", message: last || "The team made no proposal." } };
        }
        const proposal = ctx.proposal;
        if (proposal.before === proposal.after) {
            return {
                proposal,
                outcome: { kind: "no_change", message: `The proposal leaves ${proposal.file} as it is.` },
            };
        }
        ctx.emit({ kind: "plan", message: `Planning the proposed ${proposal.file}...` });
        const plan = await planProposal(ctx.workspace, proposal);
        ctx.plan = plan;
        const findings = plan.policy.findings
            .filter((f) => f.level !== "pass")
            .map((f) => ({
            severity: f.level === "fail" ? "error" : "warning",
            message: `${f.rule}: ${f.message}`,
            agent: "policy",
        }));
        return { proposal, plan, findings };
    });
    // Review phase.
    const afterEngine = (s) => {
        if (s.outcome || reviewers.length === 0)
            return "report";
        if (team.workflow === "parallel")
            return reviewers.map((r) => new Send("review_fanout", { ...s, assignee: r.name }));
        return "reviewer_0";
    };
    const reviewNodes = reviewers.map((a, i) => [`reviewer_${i}`, reviewerNode(ctx, a)]);
    if (team.workflow === "parallel") {
        g.addNode("review_fanout", async (s) => reviewerNode(ctx, byName.get(s.assignee))(s));
        g.addConditionalEdges("engine", afterEngine, ["review_fanout", "report"]);
        g.addEdge("review_fanout", "report");
    }
    else {
        for (const [name, fn] of reviewNodes)
            g.addNode(name, fn);
        g.addConditionalEdges("engine", afterEngine, [...(reviewNodes.length ? ["reviewer_0"] : []), "report"]);
        for (let i = 0; i < reviewNodes.length; i++) {
            g.addEdge(reviewNodes[i][0], i + 1 < reviewNodes.length ? reviewNodes[i + 1][0] : "report");
        }
    }
    g.addNode("report", async (s) => {
        const summary = s.outcome?.message ?? (s.proposal ? `Proposed ${s.proposal.file}: ${s.proposal.explanation}` : "");
        return {
            lastProposal: s.proposal ?? s.lastProposal ?? null,
            history: [
                ...(s.history ?? []),
                { role: "user", content: s.task },
                { role: "assistant", content: summary },
            ],
        };
    });
    g.addEdge("report", END);
    const compiled = g.compile(memory.checkpointer ? { checkpointer: memory.checkpointer } : {});
    return compiled.invoke({ task: input.task, ...(input.history && { history: input.history }) }, {
        recursionLimit: ctx.steps.max * 2 + team.agents.length * 2 + 10,
        ...(memory.threadId && { configurable: { thread_id: memory.threadId } }),
    });
}
/** Adds `nodes` one after another between `from` and `to`. */
function chain(g, from, nodes, to) {
    let prev = from;
    for (const [name, fn] of nodes) {
        g.addNode(name, fn);
        g.addEdge(prev, name);
        prev = name;
    }
    g.addEdge(prev, to);
}
/** Proposals live in the run context until the engine node records the one that was made. */
function proposerNode(ctx, agent) {
    return async (s) => {
        const turn = await runAs(ctx, agent, s, s.task);
        return { notes: [{ agent: agent.name, content: turn.text }] };
    };
}
async function runAs(ctx, agent, s, task, extraTools = [], handoffs = new Set(), resume) {
    const names = toolNamesFor(agent, ctx.mode);
    const tools = [...buildTools(ctx, names), ...((await ctx.mcp?.toolsFor(agent)) ?? []), ...extraTools];
    ctx.emit({ kind: "agent", message: `${agent.name} is working...` });
    const lastProposal = s.lastProposal ?? null;
    const messages = resume ?? [
        new SystemMessage(systemPrompt(ctx.team, agent, ctx.mode, tools.map((t) => t.name))),
        new HumanMessage([
            taskMessage({ task, history: s.history ?? [], lastProposal, notes: s.notes }),
            await upfrontSpecs(ctx, task, lastProposal),
        ]
            .filter(Boolean)
            .join("\n\n")),
    ];
    return runAgent(ctx, agent, messages, tools, handoffs);
}
/** Parallel: workers answer at the same time (Send), then the planners propose using their answers. */
function addParallel(ctx, g, proposers) {
    const workers = proposers.filter((a) => a.stage === "worker");
    const planners = proposers.filter((a) => a.stage !== "worker");
    const byName = new Map(workers.map((a) => [a.name, a]));
    const plannerNodes = planners.map((a, i) => [`agent_${i}`, proposerNode(ctx, a)]);
    if (workers.length === 0) {
        chain(g, "intake", plannerNodes, "engine");
        return;
    }
    g.addNode("worker_fanout", async (s) => proposerNode(ctx, byName.get(s.assignee))(s));
    g.addConditionalEdges("intake", (s) => workers.map((w) => new Send("worker_fanout", { ...s, assignee: w.name })), ["worker_fanout"]);
    chain(g, "worker_fanout", plannerNodes, "engine");
}
/**
 * Hierarchical: the supervisor (the first agent with stage supervisor, else the first agent) hands
 * sub-tasks to the other agents through transfer tools; each answer comes back as the tool's result.
 */
function addHierarchical(ctx, g, proposers) {
    const supervisor = proposers.find((a) => a.stage === "supervisor") ?? proposers[0];
    const workers = proposers.filter((a) => a !== supervisor);
    const handoffName = (a) => `transfer_to_${a.name.replace(/[^A-Za-z0-9_-]/g, "_")}`.slice(0, 64);
    const byHandoff = new Map(workers.map((a) => [handoffName(a), a]));
    const handoffTools = workers.map((a) => tool(async () => "", {
        name: handoffName(a),
        description: `Hand a precise sub-task to ${a.name} (${a.role}: ${a.description}); their answer comes back as this tool's result`,
        schema: z.object({ task: z.string().describe("The sub-task, with everything the specialist needs") }),
    }));
    const handoffs = new Set(byHandoff.keys());
    g.addNode("supervise", async (s) => {
        const resume = s.supervisorLog?.length ? mapStoredMessagesToChatMessages(s.supervisorLog) : undefined;
        const turn = await runAs(ctx, supervisor, s, s.task, handoffTools, handoffs, resume);
        if (turn.handoff) {
            const worker = byHandoff.get(turn.handoff.tool);
            const task = typeof turn.handoff.args["task"] === "string" ? turn.handoff.args["task"] : s.task;
            ctx.emit({ kind: "handoff", message: `${supervisor.name} → ${worker.name}` });
            return {
                route: { agent: worker.name, task, callId: turn.handoff.callId },
                supervisorLog: mapChatMessagesToStoredMessages(turn.messages),
            };
        }
        return {
            route: null,
            supervisorLog: [],
            notes: [{ agent: supervisor.name, content: turn.text }],
        };
    });
    g.addNode("delegate", async (s) => {
        const route = s.route;
        const worker = workers.find((w) => w.name === route.agent);
        const turn = await runAs(ctx, worker, s, `${route.task}\n\n(Your supervisor's sub-task; the original request follows.)\n${s.task}`);
        const log = mapStoredMessagesToChatMessages(s.supervisorLog);
        log.push(new ToolMessage({ content: `${worker.name} answered:\n${turn.text}`, tool_call_id: route.callId }));
        return {
            route: null,
            supervisorLog: mapChatMessagesToStoredMessages(log),
            notes: [{ agent: worker.name, content: turn.text }],
        };
    });
    g.addEdge("intake", "supervise");
    g.addConditionalEdges("supervise", (s) => (s.route ? "delegate" : "engine"), ["delegate", "engine"]);
    g.addEdge("delegate", "supervise");
}
/**
 * A reviewer answers in one structured call: the diff and the engine's plan (cost and policy
 * included) are what its tools would have fetched, so it is handed them instead.
 */
function reviewerNode(ctx, agent) {
    return async (s) => {
        const proposal = s.proposal;
        const plan = s.plan;
        const context = `The proposed change to ${proposal.file}:\n` +
            "```diff\n" +
            unifiedDiff(proposal.before, proposal.after, {
                fromFile: proposal.file,
                toFile: proposal.file,
            }) +
            "```\n" +
            `Plagentic's plan of it, with its cost estimate and policy verdict (computed by the engine, not by an agent):\n${renderPlanText(plan, { color: false })}`;
        ctx.emit({ kind: "agent", message: `${agent.name} is reviewing...` });
        const messages = [
            new SystemMessage(systemPrompt(ctx.team, agent, ctx.mode, [])),
            new HumanMessage(taskMessage({ task: s.task, history: s.history ?? [], lastProposal: null, notes: s.notes }) +
                "\n\n" +
                context +
                "\n\n" +
                REVIEW_REQUEST),
        ];
        const review = await structuredAnswer(ctx, agent, messages, reviewSchema, "review");
        ctx.emit({ kind: "review", message: `${agent.name} reviewed: ${review.findings.length} finding(s)` });
        return {
            notes: [{ agent: agent.name, content: review.summary }],
            findings: review.findings.map((f) => ({ ...f, agent: agent.name })),
        };
    };
}
