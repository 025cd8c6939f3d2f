/**
 * The one place where text leaves the process for GitHub: every comment, check run, status,
 * deployment description and pull request body goes through the redactor (invariant 7).
 */
import type { CheckRunInput, GitHubClient } from "./client.js";

export function redactingClient(inner: GitHubClient, redact: (text: string) => string): GitHubClient {
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
    putFile: (repo, input) =>
      inner.putFile(repo, { ...input, content: redact(input.content), message: redact(input.message) }),
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
