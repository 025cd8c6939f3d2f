import type { ApplyProgress } from "../plan/apply.js";
import type { ApplyResult, Plan } from "../plan/model.js";
import type { Workspace } from "../plan/workspace.js";
import { type SpecLimits } from "../spec/limits.js";
import type { ResolvedEnvironment } from "../spec/model.js";
import type { ProposalDraft } from "./run-context.js";
/** A proposal as the faces show it: with its unified diff against the spec it edits. */
export interface TeamProposal extends ProposalDraft {
    diff: string;
}
export declare function withDiff(p: ProposalDraft): TeamProposal;
/** The spec parser's own rule for environment names; checked before a name is used in a path. */
export declare const ENVIRONMENT_NAME: RegExp;
export declare function assertEnvironmentName(name: string): void;
/**
 * Parses proposed text as the spec for `environment`. Throws the parser's located SpecError, or a
 * PlagenticError when the text carries one of the config's secrets that `before` (the spec it
 * replaces) did not already hold: a secret put back where it was masked is not a new one.
 */
export declare function parseProposal(text: string, environment: string, file: string, secrets: readonly string[], before?: string | null, limits?: Partial<SpecLimits>): ResolvedEnvironment;
/**
 * A model's proposed spec text, made ready to keep: the values it could only see masked are put
 * back (restoreMaskedValues), and the result must parse. `redact` is the one its prompts went
 * through.
 */
export declare function acceptProposal(input: {
    text: string;
    before: string | null;
    environment: string;
    file: string;
    limits?: Partial<SpecLimits>;
}, secrets: readonly string[], redact: (text: string) => string): {
    text: string;
    env: ResolvedEnvironment;
};
/** The plan of a proposal, from its text alone: nothing is written. */
export declare function planProposal(workspace: Workspace, proposal: ProposalDraft): Promise<Plan>;
/**
 * Writes the proposed spec and applies it, refusing unless the re-derived plan hashes to
 * `expectedHash`. If the spec on disk changed since the proposal, or the apply is refused before
 * anything ran, the file is left (or put back) as it was.
 */
export declare function applyProposal(workspace: Workspace, proposal: ProposalDraft, expectedHash: string, onProgress?: (e: ApplyProgress) => void): Promise<ApplyResult>;
/**
 * Writes a proposal's spec, atomically, refusing when the file no longer holds the text the
 * proposal was made against (someone edited it since). Returns what the file held before.
 */
export declare function writeProposal(workspace: Workspace, proposal: ProposalDraft, 
/** What to do about a refusal, in the caller's words. */
retry?: string): Promise<{
    path: string;
    onDisk: string | null;
}>;
