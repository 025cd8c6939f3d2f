/**
 * Proposed spec edits: validating the model's text with the real spec parser, planning it without
 * touching disk, and (apply mode only) writing it and applying it through the hash gate.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { PlagenticError, RefusedError } from "../spec/errors.js";
import { DEFAULT_SPEC_LIMITS } from "../spec/limits.js";
import { checkSpecBytes } from "../spec/parse.js";
import { checkedEnvironment } from "../spec/load.js";
import { unifiedDiff } from "./line-diff.js";
import { restoreMaskedValues } from "./unmask.js";
export function withDiff(p) {
    return { ...p, diff: unifiedDiff(p.before, p.after, { fromFile: p.file, toFile: p.file }) };
}
/** The spec parser's own rule for environment names; checked before a name is used in a path. */
export const ENVIRONMENT_NAME = /^[a-z0-9][a-z0-9_-]*$/;
export function assertEnvironmentName(name) {
    if (!ENVIRONMENT_NAME.test(name)) {
        throw new PlagenticError(`"${name}" is not a valid environment name: use lowercase letters, digits, - and _`);
    }
}
/**
 * Parses proposed text as the spec for `environment`. Throws the parser's located SpecError, or a
 * PlagenticError when the text carries one of the config's secrets that `before` (the spec it
 * replaces) did not already hold: a secret put back where it was masked is not a new one.
 */
export function parseProposal(text, environment, file, secrets, before = null, limits) {
    assertEnvironmentName(environment);
    assertNoNewSecret(text, before, file, secrets);
    return checkedEnvironment(text, file, environment, limits);
}
function assertNoNewSecret(text, before, file, secrets) {
    const occurrences = (t, s) => t.split(s).length - 1;
    if (secrets.some((s) => s.length >= 4 && occurrences(text, s) > occurrences(before ?? "", s))) {
        throw new PlagenticError(`${file}: the proposed spec contains a configured secret; specs must never hold secrets`);
    }
}
/**
 * A model's proposed spec text, made ready to keep: the values it could only see masked are put
 * back (restoreMaskedValues), and the result must parse. `redact` is the one its prompts went
 * through.
 */
export function acceptProposal(input, secrets, redact) {
    assertEnvironmentName(input.environment);
    // The model never sees a secret, so any in its own text came from somewhere it must not.
    assertNoNewSecret(input.text, null, input.file, secrets);
    // Refused before restoring masks, which parses the text: a model's output is bounded like a file.
    const maxSpecBytes = input.limits?.maxSpecBytes ?? DEFAULT_SPEC_LIMITS.maxSpecBytes;
    checkSpecBytes(Buffer.byteLength(input.text, "utf8"), input.file, maxSpecBytes);
    const text = restoreMaskedValues(input.text, input.before, redact, input.file);
    return {
        text,
        env: parseProposal(text, input.environment, input.file, secrets, input.before, input.limits),
    };
}
/** The plan of a proposal, from its text alone: nothing is written. */
export async function planProposal(workspace, proposal) {
    const env = parseProposal(proposal.after, proposal.environment, proposal.file, workspace.config.secrets, proposal.before, workspace.config.limits);
    return (await workspace.plan(env)).plan;
}
/**
 * Writes the proposed spec and applies it, refusing unless the re-derived plan hashes to
 * `expectedHash`. If the spec on disk changed since the proposal, or the apply is refused before
 * anything ran, the file is left (or put back) as it was.
 */
export async function applyProposal(workspace, proposal, expectedHash, onProgress) {
    const { path, onDisk } = await writeProposal(workspace, proposal);
    let env;
    try {
        env = await workspace.loadEnvironment(proposal.environment);
        const { result } = await workspace.apply(env, {
            expectedHash,
            ...(onProgress && { onProgress }),
        });
        return result;
    }
    catch (e) {
        // Refused (stale plan, policy) means nothing ran: the spec must not claim a change that was not made.
        if (e instanceof PlagenticError)
            await restore(path, onDisk);
        throw e;
    }
}
/**
 * Writes a proposal's spec, atomically, refusing when the file no longer holds the text the
 * proposal was made against (someone edited it since). Returns what the file held before.
 */
export async function writeProposal(workspace, proposal, 
/** What to do about a refusal, in the caller's words. */
retry = "Run the team again.") {
    assertEnvironmentName(proposal.environment);
    const path = resolve(workspace.config.baseDir, proposal.file);
    const onDisk = await readIfExists(path);
    if (onDisk !== proposal.before) {
        throw new RefusedError(`${proposal.file} changed since the edit was proposed; nothing was written or applied. ${retry}`);
    }
    await writeAtomically(path, proposal.after);
    return { path, onDisk };
}
async function readIfExists(path) {
    try {
        return await readFile(path, "utf8");
    }
    catch (e) {
        if (e.code === "ENOENT")
            return null;
        throw e;
    }
}
/** A crash mid-write must leave the old spec or the new one, never half of one. */
async function writeAtomically(path, text) {
    await mkdir(dirname(path), { recursive: true });
    const tmp = join(dirname(path), `.${randomBytes(6).toString("hex")}.plagentic.tmp`);
    await writeFile(tmp, text, "utf8");
    try {
        await rename(tmp, path);
    }
    catch (e) {
        await rm(tmp, { force: true });
        throw e;
    }
}
async function restore(path, text) {
    if (text === null)
        await rm(path, { force: true });
    else
        await writeAtomically(path, text);
}
