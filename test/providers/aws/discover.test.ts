/**
 * Discovery of optional AWS types through the Resource Groups Tagging API: a plan of a spec
 * without load balancers never loads the ELBv2 SDK, a load balancer the spec dropped is still
 * found (so planned for deletion), and a whole network with a load balancer applies, re-plans
 * clean and is destroyed in order, all against moto_server through the real plan engine.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadPriceCatalog } from "../../../src/cost/index.js";
import { applyPlan } from "../../../src/plan/apply.js";
import { createPlan } from "../../../src/plan/engine.js";
import type { AwsContext } from "../../../src/providers/aws/context.js";
import { arnIsOfType, discoverTypes } from "../../../src/providers/aws/discover.js";
import { AWS_HANDLERS } from "../../../src/providers/aws/resources/index.js";
import type { EnvironmentIdentity, Provider } from "../../../src/providers/provider.js";
import { parseEnvironment } from "../../../src/spec/parse.js";
import { startMoto, type Moto } from "./moto.js";
import { CREDENTIALS, foreignTags, motoOrSkip, motoProvider, REGION, target } from "./moto-provider.js";

// Counts loads of the optional SDKs: vitest calls a factory when the module is first imported.
const loads = vi.hoisted(() => ({ elb: 0, tagging: 0 }));
vi.mock("@aws-sdk/client-elastic-load-balancing-v2", async (importOriginal) => {
  loads.elb++;
  return importOriginal();
});
vi.mock("@aws-sdk/client-resource-groups-tagging-api", async (importOriginal) => {
  loads.tagging++;
  return importOriginal();
});

const NETWORK = `
environment: disc-net
provider: aws
region: us-east-1
tags: { team: edge }
resources:
  - type: aws_vpc
    name: main
    properties: { cidr_block: 10.50.0.0/16 }
  - type: aws_subnet
    name: a
    properties: { vpc: ref(aws_vpc.main), cidr_block: 10.50.1.0/24, availability_zone: us-east-1a }
  - type: aws_subnet
    name: b
    properties: { vpc: ref(aws_vpc.main), cidr_block: 10.50.2.0/24, availability_zone: us-east-1b }
  - type: aws_security_group
    name: web
    properties: { vpc: ref(aws_vpc.main) }
  - type: aws_internet_gateway
    name: main
    properties: { vpc: ref(aws_vpc.main) }
  - type: aws_eip
    name: nat
    properties: {}
  - type: aws_nat_gateway
    name: main
    properties: { subnet: ref(aws_subnet.a), allocation: ref(aws_eip.nat) }
  - type: aws_ebs_volume
    name: data
    properties: { availability_zone: us-east-1a, size: 10, type: gp3, encrypted: true }
`;
const LB = `
  - type: aws_lb
    name: web
    properties:
      subnets: [ref(aws_subnet.a), ref(aws_subnet.b)]
      security_groups: [ref(aws_security_group.web)]
`;

const available = motoOrSkip("AWS discovery through the tagging API against moto");

describe.runIf(available)("AWS discovery through the tagging API against moto", () => {
  let moto: Moto;
  const progress: string[] = [];
  const providers: Provider[] = [];
  const catalog = loadPriceCatalog();
  const identity: EnvironmentIdentity = { repository: "octo/payments", sharedWith: [] };
  /** A fresh provider, as each CLI run makes: no client of an earlier run is reused. */
  const fresh = (): Provider => {
    const p = motoProvider(moto.endpoint, (line) => progress.push(line));
    providers.push(p);
    return p;
  };
  const inputs = (spec: string, provider: Provider) => ({
    env: parseEnvironment(spec, "environments/disc-net.yaml"),
    provider,
    catalog,
    policies: {},
    identity,
  });
  const changes = (plan: { changes: { action: string; address: string; changedAttributes: string[] }[] }) =>
    plan.changes.map((c) =>
      c.action === "update" ? `update ${c.address} ${c.changedAttributes}` : `${c.action} ${c.address}`,
    );

  beforeAll(async () => {
    moto = await startMoto();
  }, 30_000);

  afterAll(async () => {
    for (const p of providers) await p.close?.();
    await moto?.stop();
  });

  it("plans and applies a spec without load balancers without loading the ELBv2 SDK", async () => {
    const provider = fresh();
    const first = await createPlan(inputs(NETWORK, provider));
    expect(first.plan.summary).toEqual({ add: 8, change: 0, destroy: 0 });
    const applied = await applyPlan({ ...inputs(NETWORK, provider), expectedHash: first.plan.hash });
    expect(applied.result.results.filter((r) => r.status !== "created")).toEqual([]);
    expect(changes((await createPlan(inputs(NETWORK, provider))).plan)).toEqual([]);
    // The tagging API was asked whether the environment holds load balancers; ELBv2 never loaded.
    expect(loads.tagging).toBe(1);
    expect(loads.elb).toBe(0);
  });

  it("adds a load balancer, re-plans clean, and finds it again once the spec drops it", async () => {
    const withLb = NETWORK + LB;
    const add = await createPlan(inputs(withLb, fresh()));
    expect(changes(add.plan)).toEqual(["create aws_lb.web"]);
    const applied = await applyPlan({ ...inputs(withLb, fresh()), expectedHash: add.plan.hash });
    expect(applied.result.ok).toBe(true);
    expect(loads.elb).toBe(1);
    expect(changes((await createPlan(inputs(withLb, fresh()))).plan)).toEqual([]);

    // The spec no longer names aws_lb: only the tagging API can tell the plan there is one.
    const drop = await createPlan(inputs(NETWORK, fresh()));
    expect(changes(drop.plan)).toEqual(["delete aws_lb.web"]);
    const dropped = await applyPlan({ ...inputs(NETWORK, fresh()), expectedHash: drop.plan.hash });
    expect(dropped.result.results.map((r) => `${r.status} ${r.address}`)).toEqual(["deleted aws_lb.web"]);
    expect(changes((await createPlan(inputs(NETWORK, fresh()))).plan)).toEqual([]);
  });

  it("destroys the network in dependency order: the NAT gateway before its address, the gateway off its VPC", async () => {
    const provider = fresh();
    const destroy = await createPlan({ ...inputs(NETWORK, provider), destroy: true });
    expect(destroy.plan.summary).toEqual({ add: 0, change: 0, destroy: 8 });
    const gone = await applyPlan({
      ...inputs(NETWORK, provider),
      destroy: true,
      expectedHash: destroy.plan.hash,
    });
    expect(gone.result.results.filter((r) => r.status !== "deleted")).toEqual([]);
    expect(await provider.readLive(target("disc-net"))).toEqual([]);
  });

  describe("discoverTypes", () => {
    const ctx = (): AwsContext =>
      ({
        client: (_service: string, make: (config: object) => unknown) =>
          make({ region: REGION, endpoint: moto.endpoint, credentials: CREDENTIALS, maxAttempts: 1 }),
        clock: { sleep: async () => undefined, now: () => 0, pollIntervalMs: 1, timeoutMs: 1 },
        progress: (line: string) => progress.push(line),
      }) as unknown as AwsContext;

    it("reports a type only for resources of the target's own environment and repository", async () => {
      const elb = await import("@aws-sdk/client-elastic-load-balancing-v2");
      const ec2 = await import("@aws-sdk/client-ec2");
      const config = { region: REGION, endpoint: moto.endpoint, credentials: CREDENTIALS, maxAttempts: 1 };
      const e = new ec2.EC2Client(config);
      const l = new elb.ElasticLoadBalancingV2Client(config);
      const vpc = (await e.send(new ec2.CreateVpcCommand({ CidrBlock: "10.51.0.0/16" }))).Vpc!.VpcId!;
      const subnets: string[] = [];
      for (const [k, zone] of ["us-east-1a", "us-east-1b"].entries()) {
        const s = await e.send(
          new ec2.CreateSubnetCommand({ VpcId: vpc, CidrBlock: `10.51.${k}.0/24`, AvailabilityZone: zone }),
        );
        subnets.push(s.Subnet!.SubnetId!);
      }
      // Another repository's load balancer in an environment of the same name.
      await l.send(
        new elb.CreateLoadBalancerCommand({
          Name: "theirs",
          Subnets: subnets,
          Tags: foreignTags("disc-other", "aws_lb.x"),
        }),
      );
      e.destroy();
      l.destroy();
      expect([...(await discoverTypes(ctx(), target("disc-other"), ["aws_lb"], AWS_HANDLERS))]).toEqual([]);
      const owner = target("disc-other", "mallory/tools");
      expect([...(await discoverTypes(ctx(), owner, ["aws_lb"], AWS_HANDLERS))]).toEqual(["aws_lb"]);
    });
  });
});

describe("discoverTypes without the tagging API", () => {
  const handlers = {
    ...AWS_HANDLERS,
    fake_queue: { ...AWS_HANDLERS["aws_lb"]!, type: "fake_queue", taggingType: "sqs" },
    fake_untyped: { ...AWS_HANDLERS["aws_lb"]!, type: "fake_untyped", taggingType: undefined },
  };

  it("reports a type that names no tagging type without asking anything", async () => {
    const client = vi.fn();
    const ctx = { client, progress: () => undefined } as unknown as AwsContext;
    const found = await discoverTypes(ctx, target("x"), ["fake_untyped"], handlers);
    expect([...found]).toEqual(["fake_untyped"]);
    expect(client).not.toHaveBeenCalled();
  });

  it("reports every type, and says why, when the tagging API cannot be read", async () => {
    const lines: string[] = [];
    const denied = Object.assign(new Error("User is not authorized to perform: tag:GetResources"), {
      name: "AccessDeniedException",
      $fault: "client",
    });
    const ctx = {
      client: () => ({ send: () => Promise.reject(denied), destroy: () => undefined }),
      progress: (line: string) => lines.push(line),
    } as unknown as AwsContext;
    const found = await discoverTypes(ctx, target("x"), ["aws_lb", "fake_queue"], handlers);
    expect([...found].sort()).toEqual(["aws_lb", "fake_queue"]);
    expect(lines).toEqual([
      "asking the Resource Groups Tagging API which services the environment uses: User is not authorized to perform: tag:GetResources; listing aws_lb, fake_queue one by one instead",
    ]);
  });
});

describe("arnIsOfType", () => {
  it.each([
    [
      "arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/web/abc",
      "elasticloadbalancing:loadbalancer",
      true,
    ],
    [
      "arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/net/web/abc",
      "elasticloadbalancing:loadbalancer",
      true,
    ],
    [
      "arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/web/abc",
      "elasticloadbalancing:loadbalancer",
      false,
    ],
    ["arn:aws:rds:us-east-1:1:db:orders", "rds:db", true],
    ["arn:aws:rds:us-east-1:1:dbsnapshot:orders", "rds:db", false],
    ["arn:aws:lambda:us-east-1:1:function:resize", "lambda:function", true],
    ["arn:aws:lambda:us-east-1:1:function:resize:3", "lambda:function", true],
    ["arn:aws:eks:us-east-1:1:cluster/main", "eks:cluster", true],
    ["arn:aws:eks:us-east-1:1:nodegroup/main/ng/abc", "eks:cluster", false],
    ["arn:aws:eks:us-east-1:1:nodegroup/main/ng/abc", "eks:nodegroup", true],
    ["arn:aws-cn:rds:cn-north-1:1:db:orders", "rds:db", true],
    ["arn:aws:sqs:us-east-1:1:jobs", "sqs", true],
    ["not-an-arn", "rds:db", false],
  ])("%s is %s: %s", (arn, type, expected) => {
    expect(arnIsOfType(arn, type)).toBe(expected);
  });
});
