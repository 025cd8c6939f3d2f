/**
 * Issue-driven change requests: the change becomes a spec edit on a branch and a pull request
 * that says "Closes #N", planned like any other, so humans review it before anything applies
 * (invariant 1). Structured requests (an issue form) need no model; plain words go to the team.
 */
import { posix } from "node:path";
import { PlagenticError } from "../spec/errors.js";
import { checkedEnvironment } from "../spec/load.js";
import type { GitHubContext, PlanOutcome } from "./context.js";
import { mergeResources, parseStructuredRequest } from "./issue-request.js";
import { planOnPullRequest } from "./plan-flow.js";
import { reply } from "./replies.js";
import { listRepoEnvironments, loadRepoConfig, type RepoConfig } from "./repo-config.js";

export interface ChangeRequest {
  issue: number;
  title: string;
  author: string;
  /** The issue body, or the text after `/plagentic` in a comment. */
  text: string;
}

/** A spec edit proposed for one environment: the file's new full text. */
export interface SpecEdit {
  environment: string;
  after: string;
  explanation: string;
}

/** Turns plain words into a spec edit; supplied by the team when a model is configured. */
export type PlainWordsProposer = (
  ctx: GitHubContext,
  rc: RepoConfig,
  request: ChangeRequest,
) => Promise<SpecEdit | { refused: string }>;

export async function handleChangeRequest(
  ctx: GitHubContext,
  request: ChangeRequest,
  proposePlainWords: PlainWordsProposer | undefined,
): Promise<{ pr: number; plan: PlanOutcome | null } | null> {
  const rc = await loadRepoConfig(ctx.gh, ctx.repo, { env: ctx.env, workDir: ctx.workDir });
  let edit: SpecEdit;
  const structured = parseStructuredRequest(request.text);
  if (structured) {
    const file = await specPath(ctx, rc, structured.environment);
    if (!file) return null;
    const current = (await ctx.gh.getFile(ctx.repo, file, rc.defaultBranch)) ?? "";
    let after: string;
    try {
      after = mergeResources(current, structured.resourcesYaml);
    } catch (e) {
      await reply(ctx, request.issue, `I could not use this request: ${(e as Error).message}.`);
      return null;
    }
    edit = { environment: structured.environment, after, explanation: structured.summary ?? request.title };
  } else if (proposePlainWords) {
    const proposed = await proposePlainWords(ctx, rc, request);
    if ("refused" in proposed) {
      await reply(ctx, request.issue, proposed.refused);
      return null;
    }
    edit = proposed;
  } else {
    await reply(
      ctx,
      request.issue,
      "A request in plain words needs a model, and none is configured (see `models:` in config.yaml, or the " +
        "Action's `openai-api-key` input). Without a model, use the change-request form: a `### Environment` " +
        "section naming the environment and a `### Resources` section with a YAML list of resources.",
    );
    return null;
  }

  const file = await specPath(ctx, rc, edit.environment);
  if (!file) return null;
  try {
    checkedEnvironment(edit.after, file, edit.environment);
  } catch (e) {
    if (!(e instanceof PlagenticError)) throw e;
    await reply(
      ctx,
      request.issue,
      `The requested change does not make a valid spec:\n\n\`\`\`\n${e.message}\n\`\`\``,
    );
    return null;
  }

  const branch = `plagentic/issue-${request.issue}-${edit.environment}`;
  const base = await ctx.gh.getRef(ctx.repo, `heads/${rc.defaultBranch}`);
  if (!base) throw new Error(`the default branch ${rc.defaultBranch} has no head`);
  await ctx.gh.createRef(ctx.repo, `refs/heads/${branch}`, base);
  const sha = await ctx.gh.getFileSha(ctx.repo, file, branch);
  await ctx.gh.putFile(ctx.repo, {
    path: file,
    branch,
    content: edit.after,
    message: `plagentic: ${request.title} (#${request.issue})`,
    ...(sha && { sha }),
  });
  const pr = await ctx.gh.createPullRequest(ctx.repo, {
    title: `plagentic: ${request.title}`,
    body:
      `Closes #${request.issue}\n\nRequested by @${request.author} in #${request.issue}: ${edit.explanation}\n\n` +
      `This pull request changes \`${file}\`. Plagentic posts the plan below; it applies once the pull request is approved.`,
    head: branch,
    base: rc.defaultBranch,
  });
  const plan = await planOnPullRequest(ctx, {
    number: pr.number,
    environment: edit.environment,
    requester: request.author,
    commandCommentId: null,
    destroy: false,
  });
  await reply(
    ctx,
    request.issue,
    `Opened ${pr.htmlUrl} with the change to \`${edit.environment}\`; the plan is posted there.`,
  );
  return { pr: pr.number, plan };
}

async function specPath(ctx: GitHubContext, rc: RepoConfig, environment: string): Promise<string | null> {
  const names = await listRepoEnvironments(ctx.gh, ctx.repo, rc, rc.defaultBranch);
  if (!names.includes(environment)) {
    throw new PlagenticError(
      `unknown environment "${environment}"; valid environments: ${names.join(", ") || "(none)"}`,
    );
  }
  for (const ext of [".yaml", ".yml"]) {
    const path = posix.join(rc.environmentsPath, environment + ext);
    if ((await ctx.gh.getFileSha(ctx.repo, path, rc.defaultBranch)) !== null) return path;
  }
  return null;
}
