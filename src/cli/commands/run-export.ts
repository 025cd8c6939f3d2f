/**
 * `plagentic run ... --export <format>`: the team's proposal, reviewed by the same plan, cost and
 * policy checks as any run, written as another tool's input instead of being applied. The
 * proposed text goes through the same parser as a spec on disk (parseProposal).
 */
import type { ExportFormat } from "../../export/index.js";
import type { Workspace } from "../../plan/workspace.js";
import { PlagenticError } from "../../spec/errors.js";
import { parseProposal } from "../../team/proposal.js";
import type { TeamRunResult } from "../../team/run.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import type { Output } from "../output.js";
import { writeExport } from "./export.js";

export async function writeProposalExport(
  ws: Workspace,
  out: Output,
  r: TeamRunResult,
  format: ExportFormat,
  opts: { out?: string; cwd: string; env: Record<string, string | undefined> },
): Promise<ExitCode> {
  if (!r.proposal) {
    throw new PlagenticError(`the run proposed no spec change, so there is nothing to export (${r.kind})`);
  }
  if (r.plan?.policy.verdict === "fail") {
    out.progress(`Not exported: policy fails the proposed change to ${r.proposal.file}.`);
    return EXIT.error;
  }
  const p = r.proposal;
  const env = parseProposal(p.after, p.environment, p.file, ws.config.secrets, p.before, ws.config.limits);
  const text = format.render(env, {
    repository: ws.repository,
    sharedWith: ws.identity(p.environment).sharedWith,
  });
  if (!opts.out) {
    out.print(text);
    return EXIT.ok;
  }
  await writeExport(opts.out, text, { cwd: opts.cwd, env: opts.env, secrets: ws.config.secrets });
  out.progress(`Wrote the proposal for ${p.file} as ${format.name} to ${opts.out}; nothing was applied.`);
  return EXIT.ok;
}
