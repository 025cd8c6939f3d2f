/**
 * Acceptance with the real tools: the Terraform JSON export of every bundled AWS example passes
 * `terraform validate`, and `terraform apply` against moto creates what `plagentic apply` creates.
 * One `terraform init` for the file (the provider comes from the image's filesystem mirror).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { terraformFormat } from "../../src/export/terraform.js";
import type { ResolvedEnvironment } from "../../src/spec/model.js";
import { comparable } from "../../src/plan/diff.js";
import { parseEnvironment } from "../../src/spec/parse.js";
import { getResourceType } from "../../src/spec/registry.js";
import { importTerraformState } from "../../src/terraform/import.js";
import { parseTerraformState } from "../../src/terraform/state.js";
import { motoAvailable, startMoto, type Moto } from "../providers/aws/moto.js";
import { awsInventory } from "./aws-inventory.js";
import {
  asEnvironment,
  awsExamples,
  everyAwsType,
  motoAmi,
  plagenticApply,
  REPOSITORY,
  withAmi,
} from "./aws-examples.js";
import { run, toolAvailable, toolsOrSkip } from "./tools.js";

const MIRROR = "/opt/tf-plugins";

const available = toolsOrSkip("Terraform export with terraform and moto", {
  terraform: toolAvailable("terraform", ["version"]),
  [`hashicorp/aws in ${MIRROR}`]: existsSync(MIRROR),
  moto_server: motoAvailable(),
});

/**
 * hashicorp/aws 5.x reads a DB instance back by its resource id (`db-...`), which moto 5.2.1 does
 * not answer, so Terraform's apply of aws_db_instance fails on moto; it is validated, not applied.
 */
const NOT_APPLIED_ON_MOTO = new Set(["aws_db_instance"]);

/**
 * What a spec asks for, resource by resource, compared as the plan compares it (an unordered list
 * in any order). moto gives every instance a public address, so a state it answered for holds
 * `associate_public_ip_address: true` whatever was asked; that one create-only attribute is left
 * out of the comparison.
 */
function desiredShape(env: ResolvedEnvironment) {
  return Object.fromEntries(
    env.resources.map((r) => {
      const props = getResourceType(r.type)!.properties;
      const attributes = Object.fromEntries(
        Object.entries(r.attributes)
          .filter(([k]) => !(r.type === "aws_instance" && k === "associate_public_ip_address"))
          .map(([k, v]) => [k, comparable(props[k], v)]),
      );
      return [r.address, { type: r.type, attributes, tags: r.tags }];
    }),
  );
}

function withoutTypes(env: ResolvedEnvironment, types: ReadonlySet<string>): ResolvedEnvironment {
  return {
    ...env,
    spec: { ...env.spec, resources: env.spec.resources.filter((r) => !types.has(r.type)) },
    resources: env.resources.filter((r) => !types.has(r.type)),
  };
}

describe.runIf(available)("Terraform export with terraform and moto", () => {
  const dir = mkdtempSync(join(tmpdir(), "plagentic-tf-"));
  const rc = join(dir, "terraform.rc");
  const work = join(dir, "work");
  let moto: Moto;
  const tf = (...args: string[]) =>
    run("terraform", [...args, "-no-color"], {
      cwd: work,
      env: { TF_CLI_CONFIG_FILE: rc, TF_IN_AUTOMATION: "1", CHECKPOINT_DISABLE: "1" },
    });

  beforeAll(async () => {
    moto = await startMoto();
    writeFileSync(
      rc,
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
    run("mkdir", ["-p", work]);
    // The provider block the export writes is the real one; the override points it at moto.
    const services = ["ec2", "elbv2", "rds", "sts", "iam", "eks", "lambda"];
    writeFileSync(
      join(work, "moto_override.tf.json"),
      JSON.stringify({
        provider: {
          aws: {
            region: "us-east-1",
            access_key: "testing",
            secret_key: "testing",
            skip_credentials_validation: true,
            skip_requesting_account_id: true,
            skip_metadata_api_check: true,
            endpoints: [Object.fromEntries(services.map((s) => [s, moto.endpoint]))],
          },
        },
      }),
    );
    const first = awsExamples()[0]!;
    writeFileSync(
      join(work, "main.tf.json"),
      terraformFormat.render(asEnvironment(first[1], first[0]), { repository: REPOSITORY }),
    );
    const init = tf("init", "-input=false");
    if (init.status !== 0) throw new Error(`terraform init failed: ${init.stdout}${init.stderr}`);
  }, 120_000);

  afterAll(async () => {
    await moto?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const examples = awsExamples();

  it.each([...examples, everyAwsType()])("%s passes terraform validate", (name, text) => {
    writeFileSync(
      join(work, "main.tf.json"),
      terraformFormat.render(asEnvironment(text, name), { repository: REPOSITORY }),
    );
    const r = tf("validate");
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain("Success! The configuration is valid.");
  });

  it.each(examples)(
    "%s: terraform apply against moto creates what plagentic apply creates",
    async (name, text) => {
      const ami = withAmi(await motoAmi(moto.endpoint));
      const viaTf = withoutTypes(asEnvironment(text, `tf-${name}`, ami), NOT_APPLIED_ON_MOTO);
      writeFileSync(join(work, "main.tf.json"), terraformFormat.render(viaTf, { repository: REPOSITORY }));
      const r = tf("apply", "-auto-approve", "-input=false");
      expect(r.status, r.stdout + r.stderr).toBe(0);
      await plagenticApply(
        moto.endpoint,
        withoutTypes(asEnvironment(text, `plg-${name}`, ami), NOT_APPLIED_ON_MOTO),
      );

      const fromTf = await awsInventory(moto.endpoint, `tf-${name}`);
      const fromPlagentic = await awsInventory(moto.endpoint, `plg-${name}`);
      expect(fromTf).toEqual(fromPlagentic);
      expect((fromTf["instances"] as unknown[]).length).toBe(2);
      expect((fromTf["loadBalancers"] as unknown[]).length).toBe(1);
      // Terraform tagged what it made as Plagentic's: the address tag of each counted instance.
      const state = tf("show", "-json");
      const values = JSON.parse(state.stdout) as {
        values: {
          root_module: { resources: { address: string; values: { tags?: Record<string, string> } }[] };
        };
      };
      const tags = values.values.root_module.resources
        .filter((r) => r.address.startsWith("aws_instance.web"))
        .map((r) => r.values.tags?.["plagentic:address"]);
      expect(tags.sort()).toEqual(["aws_instance.web[0]", "aws_instance.web[1]"]);

      // The round trip: that state, fed back through `import terraform`, gives back the same spec.
      const imported = importTerraformState(parseTerraformState(state.stdout, "state.json"), {
        environment: `tf-${name}`,
        file: `environments/tf-${name}.yaml`,
      });
      expect(imported.skipped).toEqual([]);
      const again = parseEnvironment(imported.text, `environments/tf-${name}.yaml`);
      expect(again.spec.region).toBe(viaTf.spec.region);
      expect(desiredShape(again)).toEqual(desiredShape(viaTf));
    },
    300_000,
  );
});
