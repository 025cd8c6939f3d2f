/**
 * Acceptance with the real tools: every CloudFormation export of the bundled AWS examples passes
 * cfn-lint (JSON and YAML), and `aws cloudformation deploy` against moto gives the resources
 * `plagentic apply` gives for the same spec.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cloudformationFormat } from "../../src/export/cloudformation.js";
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

/**
 * Warnings accepted: W3010, the bundled examples pin availability zones on purpose (the spec is
 * the desired state, and Plagentic applies it as written).
 */
const ACCEPTED_WARNINGS = new Set(["W3010"]);
/** And W1011 ("use dynamic references over parameters for secrets"): a NoEcho parameter is the design. */
const ACCEPTED_WITH_SECRETS = new Set(["W3010", "W1011"]);

const available = toolsOrSkip("CloudFormation export with cfn-lint and moto", {
  "cfn-lint": toolAvailable("cfn-lint"),
  aws: toolAvailable("aws"),
  moto_server: motoAvailable(),
});

describe.runIf(available)("CloudFormation export with cfn-lint and moto", () => {
  const dir = mkdtempSync(join(tmpdir(), "plagentic-cfn-"));
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  }, 30_000);
  afterAll(async () => {
    await moto?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const examples = awsExamples();
  it("finds the bundled AWS examples", () => {
    expect(examples.map(([name]) => name)).toContain("staging");
  });

  it.each([...examples, everyAwsType()])(
    "%s passes cfn-lint as JSON and as YAML with no errors",
    (name, text) => {
      const env = asEnvironment(text, name);
      const accepted = name === "every-aws-type" ? ACCEPTED_WITH_SECRETS : ACCEPTED_WARNINGS;
      for (const yaml of [false, true]) {
        const file = join(dir, `${name}${yaml ? ".yaml" : ".json"}`);
        writeFileSync(file, cloudformationFormat.render(env, { repository: REPOSITORY, yaml }));
        const r = run("cfn-lint", ["--format", "parseable", file]);
        // Exit status is a bit mask: 1 fatal, 2 errors, 4 warnings, 8 informational.
        expect(r.status & 3, r.stdout + r.stderr).toBe(0);
        const rules = r.stdout
          .split("\n")
          .filter(Boolean)
          .map((line) => /:([EWI]\d{4}):/.exec(line)?.[1] ?? line);
        expect(
          rules.filter((rule) => !accepted.has(rule!)),
          r.stdout,
        ).toEqual([]);
      }
    },
  );

  it.each(examples)(
    "%s deploys on moto's CloudFormation to what plagentic apply creates",
    async (name, text) => {
      const ami = withAmi(await motoAmi(moto.endpoint));
      const viaCfn = asEnvironment(text, `cfn-${name}`, ami);
      const file = join(dir, `${name}-deploy.json`);
      writeFileSync(file, cloudformationFormat.render(viaCfn, { repository: REPOSITORY }));
      const r = run(
        "aws",
        [
          "--endpoint-url",
          moto.endpoint,
          "cloudformation",
          "deploy",
          "--template-file",
          file,
          "--stack-name",
          `cfn-${name}`,
        ],
        {
          env: {
            AWS_ACCESS_KEY_ID: "testing",
            AWS_SECRET_ACCESS_KEY: "testing",
            AWS_DEFAULT_REGION: "us-east-1",
            AWS_PAGER: "",
          },
        },
      );
      expect(r.status, r.stdout + r.stderr).toBe(0);
      await plagenticApply(moto.endpoint, asEnvironment(text, `plg-${name}`, ami));

      const stack = run(
        "aws",
        [
          "--endpoint-url",
          moto.endpoint,
          "cloudformation",
          "describe-stack-resources",
          "--stack-name",
          `cfn-${name}`,
          "--output",
          "json",
        ],
        {
          env: {
            AWS_ACCESS_KEY_ID: "testing",
            AWS_SECRET_ACCESS_KEY: "testing",
            AWS_DEFAULT_REGION: "us-east-1",
          },
        },
      );
      const lbArns = (
        JSON.parse(stack.stdout) as { StackResources: { ResourceType: string; PhysicalResourceId: string }[] }
      ).StackResources.filter((s) => s.ResourceType === "AWS::ElasticLoadBalancingV2::LoadBalancer").map(
        (s) => s.PhysicalResourceId,
      );
      const fromCfn = await awsInventory(moto.endpoint, `cfn-${name}`, lbArns);
      const fromPlagentic = await awsInventory(moto.endpoint, `plg-${name}`);
      // moto's CloudFormation drops a load balancer's Tags (the template has them: cloudformation.test.ts).
      const untaggedLbs = (inv: Record<string, unknown>) => ({
        ...inv,
        loadBalancers: (inv["loadBalancers"] as Record<string, unknown>[]).map(({ tags: _t, ...lb }) => lb),
      });
      expect(untaggedLbs(fromCfn)).toEqual(untaggedLbs(fromPlagentic));
      expect(fromCfn["securityGroups"]).toEqual(fromPlagentic["securityGroups"]);
      // The comparison must compare something: the example's resources are all there.
      expect((fromCfn["instances"] as unknown[]).length).toBe(2);
      expect((fromCfn["dbInstances"] as unknown[]).length).toBe(1);
      expect((fromCfn["loadBalancers"] as unknown[]).length).toBe(1);
    },
    120_000,
  );
});
