import type { ProposalDraft, RunContext } from "./run-context.js";
export declare function upfrontSpecs(ctx: Pick<RunContext, "specText" | "fileOf" | "environmentNames">, task: string, lastProposal: ProposalDraft | null): Promise<string>;
