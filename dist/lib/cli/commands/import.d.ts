import type { Command } from "commander";
import type { CliContext } from "../context.js";
export declare function registerImport(program: Command, ctx: CliContext): void;
