/**
 * `plagentic run ... --export <format>`: the team's proposal, reviewed by the same plan, cost and
 * policy checks as any run, written as another tool's input instead of being applied. The
 * proposed text goes through the same parser as a spec on disk (parseProposal).
 */
import type { ExportFormat } from "../../export/index.js";
import type { Workspace } from "../../plan/workspace.js";
import type { TeamRunResult } from "../../team/run.js";
import { type ExitCode } from "../exit-codes.js";
import type { Output } from "../output.js";
export declare function writeProposalExport(ws: Workspace, out: Output, r: TeamRunResult, format: ExportFormat, opts: {
    out?: string;
    cwd: string;
    env: Record<string, string | undefined>;
}): Promise<ExitCode>;
