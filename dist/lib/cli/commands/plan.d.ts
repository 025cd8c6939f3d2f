import type { Command } from "commander";
import { type CliContext } from "../context.js";
export declare function registerPlan(program: Command, ctx: CliContext): void;
