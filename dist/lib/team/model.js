/**
 * Team files (`teams/<name>.yaml`): the original Plagentic format plus validated extensions
 * (`workflow`, per-agent `model` and `stage`, `model.max_tokens`, `mcp_servers`).
 */
import { z } from "zod";
import { mcpServersSchema } from "./mcp/model.js";
export const MODEL_PROVIDERS = ["openai", "claude", "anthropic", "deepseek"];
export const WORKFLOWS = ["sequential", "parallel", "hierarchical"];
export const STAGES = ["planner", "reviewer", "cost", "security", "supervisor", "worker"];
export const teamModelSchema = z.strictObject({
    provider: z.enum(MODEL_PROVIDERS),
    name: z.string().min(1),
    temperature: z.number().min(0).max(2).optional(),
    max_tokens: z.number().int().min(1).optional(),
});
const agentSchema = z.strictObject({
    name: z.string().min(1),
    role: z.string().min(1),
    description: z.string().default(""),
    system_prompt: z.string().min(1),
    // Names are checked against the tool catalog after parsing, to give a located explanation.
    tools: z.array(z.string()).nullish(),
    model: teamModelSchema.optional(),
    stage: z.enum(STAGES).default("worker"),
});
export const teamFileSchema = z.strictObject({
    name: z.string().min(1),
    description: z.string().default(""),
    // `version: 1.0` unquoted is a number in YAML; the original always meant a label.
    version: z.union([z.string(), z.number()]).transform(String).default("1.0"),
    max_steps: z.number().int().min(1).default(10),
    model: teamModelSchema.optional(),
    /** The original's free-form team settings (`enable_logging`...). */
    config: z.record(z.string(), z.unknown()).nullish(),
    workflow: z.enum(WORKFLOWS).default("sequential"),
    agents: z.array(agentSchema).min(1),
    /** Checked entry by entry by mcp/parse.ts, which knows the agents. */
    mcp_servers: mcpServersSchema.nullish(),
});
