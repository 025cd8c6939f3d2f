import type { Command } from "commander";
import type { CliContext } from "../context.js";
export declare const MCP_TOKEN_VAR = "PLAGENTIC_MCP_TOKEN";
export declare function registerMcp(program: Command, ctx: CliContext): void;
