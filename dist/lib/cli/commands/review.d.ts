import type { Command } from "commander";
import type { CliContext } from "../context.js";
export declare function registerReview(program: Command, ctx: CliContext): void;
