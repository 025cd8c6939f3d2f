/**
 * The one place where text leaves the process for GitHub: every comment, check run, status,
 * deployment description, issue and pull request body goes through the redactor (invariant 7).
 *
 * A committed file is the exception: masking it would write the mask into a spec in place of a
 * real value, so a file that would add a secret to the branch is refused instead, and one that
 * only keeps a secret the file already held is written as it is.
 */
import type { Redactor } from "../render/redact.js";
import { RefusedError } from "../spec/errors.js";
import type { CheckRunInput, GitHubClient, RepoRef } from "./client.js";

export function redactingClient(
  inner: GitHubClient,
  redact: Redactor | ((text: string) => string),
): GitHubClient {
  const secretsIn =
    "secretsIn" in redact ? redact.secretsIn : (text: string) => (redact(text) === text ? [] : [text]);
  const refuseNewSecrets = async (
    repo: RepoRef,
    input: { path: string; branch: string; content: string },
  ) => {
    const found = secretsIn(input.content);
    if (found.length === 0) return;
    const current = (await inner.getFile(repo, input.path, input.branch)) ?? "";
    if (found.some((s) => !current.includes(s))) {
      throw new RefusedError(
        `refusing to commit ${input.path}: it would add a secret (a configured credential or one of its encodings) to the repository`,
      );
    }
  };
  const check = <T extends Partial<CheckRunInput>>(input: T): T => ({
    ...input,
    ...(input.title !== undefined && { title: redact(input.title) }),
    ...(input.summary !== undefined && { summary: redact(input.summary) }),
    ...(input.text !== undefined && { text: redact(input.text) }),
  });
  return {
    ...bindAll(inner),
    createIssueComment: (repo, number, body) => inner.createIssueComment(repo, number, redact(body)),
    updateIssueComment: (repo, id, body) => inner.updateIssueComment(repo, id, redact(body)),
    createCheckRun: (repo, input) => inner.createCheckRun(repo, check(input)),
    updateCheckRun: (repo, id, input) => inner.updateCheckRun(repo, id, check(input)),
    createCommitStatus: (repo, input) =>
      inner.createCommitStatus(repo, { ...input, description: redact(input.description) }),
    createDeployment: (repo, input) =>
      inner.createDeployment(repo, { ...input, description: redact(input.description) }),
    createDeploymentStatus: (repo, id, input) =>
      inner.createDeploymentStatus(repo, id, { ...input, description: redact(input.description) }),
    createPullRequest: (repo, input) =>
      inner.createPullRequest(repo, { ...input, title: redact(input.title), body: redact(input.body) }),
    putFile: async (repo, input) => {
      await refuseNewSecrets(repo, input);
      return inner.putFile(repo, { ...input, message: redact(input.message) });
    },
    createIssue: (repo, input) =>
      inner.createIssue(repo, { ...input, title: redact(input.title), body: redact(input.body) }),
    updateIssue: (repo, number, input) =>
      inner.updateIssue(repo, number, {
        ...input,
        ...(input.title !== undefined && { title: redact(input.title) }),
        ...(input.body !== undefined && { body: redact(input.body) }),
      }),
    createCommit: (repo, input) => inner.createCommit(repo, { ...input, message: redact(input.message) }),
  };
}

/** Every method of the client bound to it, so spreading keeps `this` working for class-based clients. */
function bindAll(client: GitHubClient): GitHubClient {
  const out: Record<string, unknown> = {};
  let proto: object | null = client;
  while (proto && proto !== Object.prototype) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      const value = (client as unknown as Record<string, unknown>)[key];
      if (key !== "constructor" && typeof value === "function" && !(key in out)) {
        out[key] = (value as (...a: unknown[]) => unknown).bind(client);
      }
    }
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return out as unknown as GitHubClient;
}
