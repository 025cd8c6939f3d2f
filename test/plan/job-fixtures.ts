/** A sandbox project and plan jobs on it, shared by the inline and the pool runner tests. */
import { loadConfig } from "../../src/config/loader.js";
import type { LoadedConfig } from "../../src/config/model.js";
import type { PlanJob } from "../../src/plan/jobs.js";
import { makeProject, type TestProject } from "../helpers/project.js";

export const SPEC = `environment: staging
provider: sandbox
region: us-east-1
tags: { team: payments }
resources:
  - type: aws_vpc
    name: main
    properties: { cidr_block: 10.0.0.0/16 }
  - type: aws_instance
    name: web
    count: 2
    properties: { instance_type: t3.micro, ami: ami-0abcdef1234567890 }
`;

export const NEXT_STEPS = {
  policyFailed: "Fix the spec.",
  noChanges: "Nothing to apply.",
  unsupported: "The {provider} provider cannot apply {types}.",
  ready: "Approve this PR.",
};

/** A project with one sandbox environment and its config loaded as the App would pass it. */
export async function jobProject(
  config = "environments_dir: environments\n",
): Promise<{ project: TestProject; config: LoadedConfig; job: (over?: Partial<PlanJob>) => PlanJob }> {
  const project = makeProject({ config, envs: { staging: SPEC } });
  const loaded = await loadConfig({ cwd: project.dir, env: {} });
  const job = (over: Partial<PlanJob> = {}): PlanJob => ({
    config: loaded,
    cwd: project.dir,
    env: {},
    repository: "acme/infra",
    spec: { name: "staging", file: "environments/staging.yaml", text: SPEC },
    commit: "0123456789abcdef0123456789abcdef01234567",
    destroy: false,
    markdown: { title: "Plagentic plan for `staging`", marker: "<!-- m -->", nextStep: NEXT_STEPS },
    ...over,
  });
  return { project, config: loaded, job };
}

/** A spec of `n` resources (a VPC and instances), for the event-loop measurements. */
export function bigSpec(n: number): string {
  const lines = [
    "environment: staging",
    "provider: sandbox",
    "region: us-east-1",
    "tags: { team: payments }",
    "resources:",
    "  - type: aws_vpc",
    "    name: main",
    "    properties: { cidr_block: 10.0.0.0/16 }",
  ];
  for (let i = 1; i < n; i++) {
    lines.push(
      "  - type: aws_instance",
      `    name: i${i}`,
      `    properties: { instance_type: t3.micro, ami: ami-0abcdef1234567890 }`,
    );
  }
  return `${lines.join("\n")}\n`;
}
