/**
 * Approval rules end to end, written once and driven through either face: the App (Probot against
 * the fake GitHub) or the Action (its bundle, run as a runner runs it). A face is what a user
 * does on GitHub — comment, approve, push — and what the environment's check says.
 */
import { expect } from "vitest";
import { decodeRecord, type RecordBinding } from "../../src/github/markers.js";
import type { FakeGitHub } from "./fake-github.js";
import { OWNER, REPO } from "./github-app.js";

export const RULES_CONFIG = `environments_dir: environments
github: { autoplan: true, release_lock_on: apply }
approvals:
  required: 1
  rules:
    - name: prod destroy
      when: { environment: production, destroy_or_replace: true }
      require: { permission: maintain }
    - name: big spend
      when: { monthly_cost_delta_over: 500 }
      require: { approvals: 2, teams: [platform] }
`;

/** A VPC and `instances` t3.medium instances ($30.37 a month each); none at all for 0. */
export function rulesSpec(env: string, instances: number, budget?: number): string {
  const head = `environment: ${env}
provider: sandbox
region: us-east-1
${budget === undefined ? "" : `budget: { monthly: ${budget} }\n`}resources:
  - type: aws_vpc
    name: main
    properties: { cidr_block: 10.0.0.0/16 }
`;
  if (instances === 0) return head;
  return `${head}  - type: aws_instance
    name: web
    count: ${instances}
    properties: { instance_type: t3.medium, ami: ami-0abcdef1234567890 }
`;
}

export interface Face {
  gh: FakeGitHub;
  botLogin: string;
  binding(number: number): RecordBinding;
  comment(pr: number, user: string, body: string): Promise<void>;
  approve(pr: number, user: string): Promise<void>;
  /** Commits `files` to the pull request's branch as `user` and delivers the push. */
  push(pr: number, branch: string, files: Record<string, string>, user: string): Promise<void>;
}

/** Who is who: alice asks; bob and erin are in `platform`; carol writes but is not; dave maintains. */
export function seedPeople(gh: FakeGitHub): void {
  for (const u of ["alice", "bob", "carol", "erin"]) gh.setPermission(u, "write");
  gh.setPermission("dave", "maintain");
  gh.addTeamMember(OWNER, "platform", "bob");
  gh.addTeamMember(OWNER, "platform", "erin");
}

const headOf = (gh: FakeGitHub, pr: number) => (gh.pullRequest(pr)["head"] as { sha: string }).sha;

function sticky(face: Face, pr: number, env: string): string {
  const body = face.gh
    .comments(pr)
    .filter((c) => (c["user"] as { login: string }).login === face.botLogin)
    .map((c) => String(c["body"]))
    .find((b) => b.startsWith(`<!-- plagentic:plan:${env} -->`));
  if (body === undefined) throw new Error(`no plan comment for ${env} on #${pr}`);
  return body;
}

function lastReply(face: Face, pr: number): string {
  const bodies = face.gh
    .comments(pr)
    .filter((c) => (c["user"] as { login: string }).login === face.botLogin)
    .map((c) => String(c["body"]));
  return bodies.at(-1) ?? "";
}

/** What the environment's latest check run (App) or commit status (Action) says. */
function latestSignal(gh: FakeGitHub, env: string): string {
  const runs = gh.checkRuns().filter((c) => c["name"] === `plagentic/${env}`);
  const run = runs.at(-1);
  if (run) return String((run["output"] as { summary?: string } | undefined)?.summary ?? "");
  const status = gh
    .statuses()
    .filter((s) => s["context"] === `plagentic/${env}`)
    .at(-1);
  return String(status?.["description"] ?? "");
}

const applied = (gh: FakeGitHub, env: string) =>
  gh.deployments().filter((d) => d["environment"] === env).length;

/** A small change needs the global 1 approval; no budget is said so. Leaves production planted. */
export async function smallChangeNeedsOne(face: Face): Promise<void> {
  const { gh } = face;
  gh.commitFiles(OWNER, REPO, "prod-create", { "environments/production.yaml": rulesSpec("production", 1) });
  const pr = gh.addPullRequest({ user: "alice", head: "prod-create" });
  await face.comment(pr, "alice", "/plagentic plan production");
  const body = sticky(face, pr, "production");
  expect(body).toContain("After this change `production` costs $30.37 a month; its spec sets no budget.");
  expect(body).toContain(
    "get 1 approval from someone with write access (no rule matches; `approvals.required` applies)",
  );
  const record = decodeRecord(body, face.binding(pr));
  expect(record?.facts).toEqual({
    monthlyDeltaCents: 3037,
    pricesUnknown: false,
    destroys: false,
    types: ["aws_instance", "aws_vpc"],
    typesCut: false,
    budget: "none",
  });
  await face.approve(pr, "carol");
  expect(applied(gh, "production")).toBe(1);
}

/** Over $500 needs two members of `platform`; a non-member's approval is named and not counted. */
export async function bigSpendNeedsTwoFromTeam(face: Face): Promise<void> {
  const { gh } = face;
  gh.commitFiles(OWNER, REPO, "big", { "environments/big.yaml": rulesSpec("big", 20, 500) });
  const pr = gh.addPullRequest({ user: "alice", head: "big" });
  await face.comment(pr, "alice", "/plagentic plan big");
  const body = sticky(face, pr, "big");
  expect(body).toContain(
    "⚠️ After this change `big` costs $607.36 a month, $107.36 over its $500.00 budget.",
  );
  expect(body).toContain(
    "get 2 approvals from members of `platform` with write access (rule `big spend`: the plan adds $607.36 a month, over $500.00)",
  );
  expect(latestSignal(gh, "big")).toContain("needs 2 approvals from members of `platform`");
  expect(decodeRecord(body, face.binding(pr))?.facts).toMatchObject({
    monthlyDeltaCents: 60736,
    budget: "over",
  });

  await face.approve(pr, "carol");
  await face.approve(pr, "bob");
  expect(applied(gh, "big")).toBe(0);
  expect(latestSignal(gh, "big")).toContain(
    "1 of 2 approvals from `platform`; @carol's approval does not count: carol is not a member of team `platform`",
  );
  await face.comment(pr, "alice", "/plagentic apply big");
  const refusal = lastReply(face, pr);
  expect(refusal).toContain("`big` cannot be applied yet");
  expect(refusal).toContain("1 of 2 approvals from members of `platform` with write access on commit");
  expect(refusal).toContain("1 more needed");
  expect(refusal).toContain("the approval by carol does not count: carol is not a member of team `platform`");
  expect(applied(gh, "big")).toBe(0);

  await face.approve(pr, "erin");
  expect(applied(gh, "big")).toBe(1);
}

/** Destroying a resource in production needs an approval from someone with maintain access. */
export async function productionDestroyNeedsMaintainer(face: Face): Promise<void> {
  const { gh } = face;
  gh.commitFiles(OWNER, REPO, "prod-shrink", { "environments/production.yaml": rulesSpec("production", 0) });
  const pr = gh.addPullRequest({ user: "alice", head: "prod-shrink" });
  await face.comment(pr, "alice", "/plagentic plan production");
  expect(sticky(face, pr, "production")).toContain(
    "get 1 approval from someone with maintain access (rule `prod destroy`: the environment is `production` and the plan destroys or replaces a resource)",
  );
  await face.approve(pr, "bob");
  expect(applied(gh, "production")).toBe(1);
  expect(latestSignal(gh, "production")).toContain(
    "0 of 1 approval; @bob's approval does not count: bob has write access; approvals need maintain",
  );
  await face.approve(pr, "dave");
  expect(applied(gh, "production")).toBe(2);
}

/** A push that takes the cost over the threshold re-plans, and the new plan needs the higher approval. */
export async function pushAcrossThresholdNeedsMore(face: Face): Promise<void> {
  const { gh } = face;
  gh.commitFiles(OWNER, REPO, "grow", { "environments/grow.yaml": rulesSpec("grow", 1) });
  const pr = gh.addPullRequest({ user: "alice", head: "grow" });
  await face.comment(pr, "alice", "/plagentic plan grow");
  expect(sticky(face, pr, "grow")).toContain("get 1 approval from someone with write access");
  const first = headOf(gh, pr);

  await face.push(pr, "grow", { "environments/grow.yaml": rulesSpec("grow", 20) }, "alice");
  expect(headOf(gh, pr)).not.toBe(first);
  const body = sticky(face, pr, "grow");
  expect(decodeRecord(body, face.binding(pr))).toMatchObject({ headSha: headOf(gh, pr), status: "planned" });
  expect(body).toContain("get 2 approvals from members of `platform`");

  // One approval would have applied the first plan; the re-planned one needs two from the team.
  await face.approve(pr, "bob");
  expect(applied(gh, "grow")).toBe(0);
  expect(latestSignal(gh, "grow")).toContain("1 of 2 approvals from `platform`");
}
