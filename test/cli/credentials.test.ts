/**
 * A machine with no cloud credentials at all is a setup problem: the CLI says which sources the
 * cloud's SDK tried and how to set one, and exits 1, instead of "Internal error … a bug" (exit 70)
 * or an unhandled rejection. Run as a user runs it, in a process whose environment has no
 * credentials, a home without gcloud or az logins, and GCE's metadata server switched off.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { makeProject } from "../helpers/project.js";

const bin = new URL("../../bin/plagentic.js", import.meta.url).pathname;

const SPECS = {
  gcp: `environment: analytics
provider: gcp
region: us-central1
project: demo
tags: { team: data }
resources:
  - type: google_compute_network
    name: main
    properties: { auto_create_subnetworks: false }
`,
  azure: `environment: web
provider: azure
region: eastus
subscription: 00000000-0000-0000-0000-000000000000
resource_group: rg-web
tags: { team: web }
resources:
  - type: azurerm_resource_group
    name: main
    properties: {}
`,
};

function planWithoutCredentials(env: "analytics" | "web", spec: string) {
  const p = makeProject({ envs: { [env]: spec } });
  try {
    return spawnSync(process.execPath, [bin, "plan", env], {
      cwd: p.dir,
      encoding: "utf8",
      timeout: 60_000,
      env: { PATH: process.env["PATH"], HOME: p.dir, METADATA_SERVER_DETECTION: "none" },
    });
  } finally {
    p.cleanup();
  }
}

describe("plan with no cloud credentials", () => {
  it("on GCP, names Application Default Credentials' sources and exits 1", () => {
    const r = planWithoutCredentials("analytics", SPECS.gcp);
    expect(r.stderr).not.toMatch(/Internal error|a bug in plagentic|Unhandled|    at /);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      "Error: no GCP credentials found. Tried, in order: GOOGLE_APPLICATION_CREDENTIALS",
    );
    expect(r.stderr).toContain("gcloud auth application-default login");
    expect(r.stderr).toContain("google-github-actions/auth");
  }, 70_000);

  it("on Azure, names the credential chain and exits 1", () => {
    const r = planWithoutCredentials("web", SPECS.azure);
    expect(r.stderr).not.toMatch(/Internal error|a bug in plagentic|Unhandled|    at /);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      "Error: no Azure credentials found. Tried, in order: the environment (AZURE_TENANT_ID",
    );
    expect(r.stderr).toContain("az login");
  }, 70_000);
});
