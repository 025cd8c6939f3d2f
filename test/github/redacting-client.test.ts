/**
 * The GitHub client's redaction: text is masked in every form, secrets learnt after the client was
 * built (the repository's config) are masked too, and a committed file is never masked (which
 * would write the mask into a spec) but refused when it would add a secret.
 */
import { describe, expect, it } from "vitest";
import type { GitHubClient } from "../../src/github/client.js";
import { redactingClient } from "../../src/github/redacting-client.js";
import { createRedactor } from "../../src/render/redact.js";
import { RefusedError } from "../../src/spec/errors.js";

const SECRET = 'db-pa"ss-0123456789';
const REPO = { owner: "acme", repo: "infra" };

function fakeClient(files: Record<string, string> = {}) {
  const sent: { method: string; input: unknown }[] = [];
  const inner = {
    createIssueComment: async (_r: unknown, _n: number, body: string) => {
      sent.push({ method: "createIssueComment", input: body });
      return { id: 1, body };
    },
    getFile: async (_r: unknown, path: string) => files[path] ?? null,
    putFile: async (_r: unknown, input: unknown) => {
      sent.push({ method: "putFile", input });
      return "sha";
    },
  } as unknown as GitHubClient;
  return { inner, sent };
}

describe("redactingClient", () => {
  it("masks a secret's JSON-escaped form in a comment", async () => {
    const { inner, sent } = fakeClient();
    const gh = redactingClient(inner, createRedactor([SECRET]));
    await gh.createIssueComment(REPO, 1, "```diff\n+ note = " + JSON.stringify(SECRET) + "\n```");
    expect(sent[0]?.input).toBe('```diff\n+ note = "***"\n```');
  });

  it("masks secrets added to its redactor after it was built", async () => {
    const { inner, sent } = fakeClient();
    const redactor = createRedactor([]);
    const gh = redactingClient(inner, redactor);
    redactor.add(["repo-config-literal-key"]);
    await gh.createIssueComment(REPO, 1, "key: repo-config-literal-key");
    expect(sent[0]?.input).toBe("key: ***");
  });

  it("commits a spec that keeps a secret it already held as it is, not masked", async () => {
    const spec = `tags: { note: '${SECRET}' }\n`;
    const { inner, sent } = fakeClient({ "environments/staging.yaml": spec });
    const gh = redactingClient(inner, createRedactor([SECRET]));
    await gh.putFile(REPO, {
      path: "environments/staging.yaml",
      branch: "b",
      content: spec + "region: us-east-1\n",
      message: `edit ${SECRET}`,
    });
    expect(sent[0]?.input).toMatchObject({ content: spec + "region: us-east-1\n", message: "edit ***" });
  });

  it("refuses to commit a file that would add a secret", async () => {
    const { inner, sent } = fakeClient({ "environments/staging.yaml": "tags: {}\n" });
    const gh = redactingClient(inner, createRedactor([SECRET]));
    const put = gh.putFile(REPO, {
      path: "environments/staging.yaml",
      branch: "b",
      content: `tags: { note: "${JSON.stringify(SECRET).slice(1, -1)}" }\n`,
      message: "edit",
    });
    await expect(put).rejects.toThrow(RefusedError);
    await expect(put).rejects.toThrow(/refusing to commit environments\/staging\.yaml/);
    expect(sent).toEqual([]);
  });
});
