/**
 * Real Terraform for the tests: whether it (and the AWS provider mirror) is here, following the
 * CI rule (missing fails the run with CI=true, skips visibly elsewhere), and a working directory
 * whose CLI config installs the provider from the filesystem mirror, never the network.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "vitest";

const MIRROR = "/opt/tf-plugins";

export function terraformAvailable(): boolean {
  return spawnSync("terraform", ["version"], { stdio: "ignore" }).status === 0 && existsSync(MIRROR);
}

/** Whether terraform runs here; registers the failing test CI needs, or warns, when it does not. */
export function terraformOrSkip(suite: string): boolean {
  const available = terraformAvailable();
  if (!available && process.env["CI"] === "true") {
    describe(suite, () => {
      it("needs terraform", () => {
        throw new Error(
          `terraform (with the provider mirror at ${MIRROR}) is missing, and CI=true: ${suite} must run in CI`,
        );
      });
    });
  } else if (!available) {
    console.warn(`SKIPPED: ${suite} — terraform or its provider mirror at ${MIRROR} is not installed`);
  }
  return available;
}

export interface TerraformDir {
  dir: string;
  run(...args: string[]): string;
}

/** A fresh directory holding `files`, with a CLI config that uses the provider mirror. */
export function terraformDir(files: Record<string, string>): TerraformDir {
  const dir = mkdtempSync(join(tmpdir(), "plagentic-tf-"));
  const config = join(dir, "cli.tfrc");
  writeFileSync(
    config,
    `provider_installation {
  filesystem_mirror {
    path    = "${MIRROR}"
    include = ["registry.terraform.io/hashicorp/aws"]
  }
  direct {
    exclude = ["registry.terraform.io/hashicorp/aws"]
  }
}
`,
  );
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return {
    dir,
    run(...args) {
      const r = spawnSync("terraform", [...args, "-no-color"], {
        cwd: dir,
        encoding: "utf8",
        timeout: 300_000,
        env: {
          PATH: process.env["PATH"] ?? "",
          HOME: dir,
          TF_CLI_CONFIG_FILE: config,
          TF_IN_AUTOMATION: "1",
          CHECKPOINT_DISABLE: "1",
        },
      });
      if (r.status !== 0) throw new Error(`terraform ${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
      return r.stdout;
    },
  };
}
