/**
 * Team files (`teams/<name>.yaml`): the original Plagentic format plus validated extensions
 * (`workflow`, per-agent `model` and `stage`, `model.max_tokens`, `mcp_servers`).
 */
import { z } from "zod";
import { mcpServersSchema, type McpServerDefinition } from "./mcp/model.js";
import type { ToolName } from "./tools-catalog.js";

export const MODEL_PROVIDERS = ["openai", "claude", "anthropic", "deepseek"] as const;
export const WORKFLOWS = ["sequential", "parallel", "hierarchical"] as const;
export const STAGES = ["planner", "reviewer", "cost", "security", "supervisor", "worker"] as const;

export type ModelProvider = (typeof MODEL_PROVIDERS)[number];
export type Workflow = (typeof WORKFLOWS)[number];
export type Stage = (typeof STAGES)[number];

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

export type TeamModel = z.infer<typeof teamModelSchema>;

export interface AgentDefinition {
  name: string;
  role: string;
  description: string;
  system_prompt: string;
  tools: ToolName[];
  /** Overrides the team's model for this agent. */
  model?: TeamModel;
  stage: Stage;
}

export interface TeamDefinition {
  /** The file's base name: what `loadTeam` and `/plagentic run <team>` take. */
  id: string;
  /** The `name:` written in the file (the original template's is "template-team"). */
  name: string;
  description: string;
  version: string;
  max_steps: number;
  model?: TeamModel;
  config: Record<string, unknown>;
  workflow: Workflow;
  agents: AgentDefinition[];
  /** MCP servers whose tools join the agents' toolsets; empty when the file declares none. */
  mcpServers?: McpServerDefinition[];
  file: string;
}

export type TeamSummary =
  | {
      ok: true;
      /** The team's id (file base name). */
      name: string;
      description: string;
      version: string;
      workflow: Workflow;
      agentCount: number;
      file: string;
    }
  | { ok: false; name: string; file: string; error: string };
