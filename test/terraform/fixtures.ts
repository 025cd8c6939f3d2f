/** The plan review fixtures (test/fixtures/terraform/plans, README.md there says where each came from). */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const PLANS_DIR = new URL("../fixtures/terraform/plans/", import.meta.url).pathname;

/** Real `terraform show -json` outputs: three made against moto, six from Terraform's repository. */
export const FIXTURES = [
  "create.json",
  "change.json",
  "destroy.json",
  "terraform-repo/basic-create.json",
  "terraform-repo/basic-delete.json",
  "terraform-repo/basic-update.json",
  "terraform-repo/modules.json",
  "terraform-repo/requires-replace.json",
  "terraform-repo/sensitive-values.json",
] as const;

export function fixturePath(name: string): string {
  return join(PLANS_DIR, name);
}

export function fixtureBytes(name: string): Buffer {
  return readFileSync(fixturePath(name));
}

export interface RawChange {
  address: string;
  mode: string;
  type: string;
  change: { actions: string[]; after: unknown; after_unknown: unknown };
}

export function rawChanges(name: string): RawChange[] {
  return (
    (JSON.parse(fixtureBytes(name).toString("utf8")) as { resource_changes?: RawChange[] })
      .resource_changes ?? []
  );
}
