/**
 * Drift made the way it happens: staging applied through a workspace of the repository, then a
 * resource edited or deleted behind Plagentic's back in the sandbox store.
 */
import { join } from "node:path";
import { Workspace } from "../../src/plan/workspace.js";
import { checkedEnvironment } from "../../src/spec/load.js";
import { openStore } from "../../src/store/store.js";
import { OWNER, REPO } from "./github-app.js";

/** A VPC, a subnet nothing refers to, and an instance; with comments, which an accept must keep. */
export function driftSpec(instanceType = "t3.small"): string {
  return `environment: staging
provider: sandbox
region: us-east-1
tags: { team: web }
resources:
  # the network
  - type: aws_vpc
    name: main
    properties: { cidr_block: 10.0.0.0/16 }
  - type: aws_subnet
    name: b
    properties:
      vpc: ref(aws_vpc.main)
      cidr_block: 10.0.2.0/24
  - type: aws_instance
    name: web
    properties:
      instance_type: ${instanceType} # sized for the demo
      ami: ami-0abcdef1234567890
`;
}

export function statePath(workDir: string): string {
  return join(workDir, ".plagentic", "state.db");
}

/** Applies `spec` as the repository's staging, the way an approved plan would. */
export async function applyStaging(workDir: string, spec: string): Promise<void> {
  const ws = await Workspace.open({
    cwd: workDir,
    repository: `${OWNER}/${REPO}`,
    statePath: statePath(workDir),
  });
  try {
    const env = checkedEnvironment(spec, "environments/staging.yaml", "staging");
    await ws.apply(env, { expectedHash: (await ws.plan(env)).plan.hash });
  } finally {
    await ws.close();
  }
}

/** Edits and deletes resources in the sandbox as someone with cloud access would. */
export function tamper(workDir: string, changes: { instanceType?: string; deleteSubnet?: boolean }): void {
  const store = openStore(statePath(workDir));
  try {
    if (changes.instanceType !== undefined)
      store.db
        .prepare(
          "UPDATE sandbox_resources SET attributes = json_set(attributes, '$.instance_type', ?) WHERE type = 'aws_instance'",
        )
        .run(changes.instanceType);
    if (changes.deleteSubnet)
      store.db.prepare("DELETE FROM sandbox_resources WHERE type = 'aws_subnet'").run();
  } finally {
    store.close();
  }
}
