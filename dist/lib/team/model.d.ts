/**
 * Team files (`teams/<name>.yaml`): the original Plagentic format plus validated extensions
 * (`workflow`, per-agent `model` and `stage`, `model.max_tokens`, `mcp_servers`).
 */
import { z } from "zod";
import { type McpServerDefinition } from "./mcp/model.js";
import type { ToolName } from "./tools-catalog.js";
export declare const MODEL_PROVIDERS: readonly ["openai", "claude", "anthropic", "deepseek"];
export declare const WORKFLOWS: readonly ["sequential", "parallel", "hierarchical"];
export declare const STAGES: readonly ["planner", "reviewer", "cost", "security", "supervisor", "worker"];
export type ModelProvider = (typeof MODEL_PROVIDERS)[number];
export type Workflow = (typeof WORKFLOWS)[number];
export type Stage = (typeof STAGES)[number];
export declare const teamModelSchema: z.ZodObject<{
    provider: z.ZodEnum<{
        claude: "claude";
        anthropic: "anthropic";
        openai: "openai";
        deepseek: "deepseek";
    }>;
    name: z.ZodString;
    temperature: z.ZodOptional<z.ZodNumber>;
    max_tokens: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>;
export declare const teamFileSchema: z.ZodObject<{
    name: z.ZodString;
    description: z.ZodDefault<z.ZodString>;
    version: z.ZodDefault<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<string, string | number>>>;
    max_steps: z.ZodDefault<z.ZodNumber>;
    model: z.ZodOptional<z.ZodObject<{
        provider: z.ZodEnum<{
            claude: "claude";
            anthropic: "anthropic";
            openai: "openai";
            deepseek: "deepseek";
        }>;
        name: z.ZodString;
        temperature: z.ZodOptional<z.ZodNumber>;
        max_tokens: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    config: z.ZodOptional<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
    workflow: z.ZodDefault<z.ZodEnum<{
        sequential: "sequential";
        parallel: "parallel";
        hierarchical: "hierarchical";
    }>>;
    agents: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        role: z.ZodString;
        description: z.ZodDefault<z.ZodString>;
        system_prompt: z.ZodString;
        tools: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
        model: z.ZodOptional<z.ZodObject<{
            provider: z.ZodEnum<{
                claude: "claude";
                anthropic: "anthropic";
                openai: "openai";
                deepseek: "deepseek";
            }>;
            name: z.ZodString;
            temperature: z.ZodOptional<z.ZodNumber>;
            max_tokens: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        stage: z.ZodDefault<z.ZodEnum<{
            cost: "cost";
            security: "security";
            planner: "planner";
            reviewer: "reviewer";
            supervisor: "supervisor";
            worker: "worker";
        }>>;
    }, z.core.$strict>>;
    mcp_servers: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodArray<z.ZodUnknown>]>>>;
}, z.core.$strict>;
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
export type TeamSummary = {
    ok: true;
    /** The team's id (file base name). */
    name: string;
    description: string;
    version: string;
    workflow: Workflow;
    agentCount: number;
    file: string;
} | {
    ok: false;
    name: string;
    file: string;
    error: string;
};
