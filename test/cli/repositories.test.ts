/**
 * Hole 2 of the adversarial review, through the CLI: two repositories whose environments share a
 * name and a cloud (here one sandbox store). Writers of one must never see, plan against, change or
 * delete what the other's environment owns, unless the owner's config shares it. Also the size
 * limits of hole 5, as a CLI user meets them.
 */
import { afterEach, describe, expect, it } from "vitest";
import { makeProject, runCli, type TestProject } from "../helpers/project.js";

const projects: TestProject[] = [];
afterEach(() => {
  while (projects.length) projects.pop()!.cleanup();
});

const network = `environment: staging
provider: sandbox
region: us-east-1
resources:
  - type: aws_vpc
    name: main
    properties: { cidr_block: 10.0.0.0/16 }
  - type: aws_subnet
    name: a
    properties: { vpc: ref(aws_vpc.main), cidr_block: 10.0.1.0/24 }
`;
const empty = "environment: staging\nprovider: sandbox\nregion: us-east-1\nresources: []\n";

/** Two checkouts, of acme/payments and evil/other, whose configs point at one sandbox store. */
function twoRepositories(ownerConfig = "") {
  const a = makeProject({ envs: { staging: network } });
  const b = makeProject({ envs: { staging: empty } });
  projects.push(a, b);
  const state = `environments_dir: environments\nstate: { path: ${a.statePath} }\n`;
  a.writeConfig(state + ownerConfig);
  b.writeConfig(state);
  const asA = (args: string[]) => runCli(a, args, { PLAGENTIC_REPOSITORY: "acme/payments" });
  const asB = (args: string[]) => runCli(b, args, { PLAGENTIC_REPOSITORY: "evil/other" });
  return { asA, asB };
}

describe("environments belong to their repository", () => {
  it("another repository's empty spec plans and destroys nothing of ours", async () => {
    const { asA, asB } = twoRepositories();
    expect((await asA(["apply", "staging", "--yes"])).code).toBe(0);

    const plan = await asB(["plan", "staging", "--json"]);
    expect(plan.code).toBe(0);
    const parsed = JSON.parse(plan.stdout) as { repository: string; changes: unknown[] };
    expect(parsed.repository).toBe("evil/other");
    expect(parsed.changes).toEqual([]);
    expect((await asB(["apply", "staging", "--yes"])).stdout).toMatch(/No changes/);
    expect((await asB(["apply", "staging", "--destroy", "--yes"])).stdout).toMatch(/No changes/);

    // The owner's environment is whole.
    expect((await asA(["plan", "staging"])).stdout).toMatch(/No changes/);
  });

  it("sharing in the owner's config lets the other repository see and plan against it", async () => {
    const { asA, asB } = twoRepositories("sharing:\n  staging: [evil/other]\n");
    expect((await asA(["apply", "staging", "--yes"])).code).toBe(0);
    const plan = JSON.parse((await asB(["plan", "staging", "--json"])).stdout) as {
      changes: { address: string; action: string }[];
    };
    expect(plan.changes.map((c) => `${c.action} ${c.address}`).sort()).toEqual([
      "delete aws_subnet.a",
      "delete aws_vpc.main",
    ]);
  });

  it("a repository name that is not owner/name is refused with the variable named", async () => {
    const p = makeProject({ envs: { staging: empty } });
    projects.push(p);
    const r = await runCli(p, ["plan", "staging"], { PLAGENTIC_REPOSITORY: "../../x" });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/PLAGENTIC_REPOSITORY: expected a repository as owner\/name/);
  });
});

describe("size limits", () => {
  it("a count that would expand past limits.max_resources is refused, naming the limit", async () => {
    const p = makeProject({
      envs: {
        staging: `environment: staging
provider: sandbox
region: us-east-1
resources:
  - type: aws_vpc
    name: many
    count: 100000000
    properties: { cidr_block: 10.0.0.0/16 }
`,
      },
    });
    projects.push(p);
    const started = performance.now();
    const r = await runCli(p, ["plan", "staging"]);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/staging\.yaml:\d+:\d+: resources\[0\]\.count: .*limits\.max_resources/);
  });
});
