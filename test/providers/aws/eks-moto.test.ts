/**
 * `aws_eks_cluster` and `aws_eks_node_group` against moto_server through the real EKS client and
 * the real engine: applied and read back equal, scaled in place, drift shown, retries found,
 * other owners' clusters left alone, and a destroy that waits for the node group to be gone before
 * the cluster's delete starts. moto makes everything ACTIVE at once, so the slow states AWS goes
 * through are played by intercepting the client's own calls.
 */
import {
  CreateClusterCommand,
  DeleteClusterCommand,
  DescribeNodegroupCommand,
  EKSClient,
  ListClustersCommand,
  UpdateNodegroupConfigCommand,
} from "@aws-sdk/client-eks";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadPriceCatalog } from "../../../src/cost/index.js";
import { applyPlan } from "../../../src/plan/apply.js";
import { detectDrift } from "../../../src/plan/drift.js";
import { createPlan } from "../../../src/plan/engine.js";
import {
  OWNER_TAG_ENVIRONMENT,
  type EnvironmentIdentity,
  type Provider,
  type ProviderTarget,
  type ResourceOperation,
} from "../../../src/providers/provider.js";
import { parseEnvironment } from "../../../src/spec/parse.js";
import { startMoto, type Moto } from "./moto.js";
import {
  credentials,
  describeWithMoto,
  failure,
  motoProvider,
  record,
  type Recorder,
} from "./moto-services.js";

const identity: EnvironmentIdentity = { repository: "octo/payments", sharedWith: [] };
const catalog = loadPriceCatalog();
const ROLE = "arn:aws:iam::123456789012:role/eks-cluster";
const NODE_ROLE = "arn:aws:iam::123456789012:role/eks-nodes";

function spec(desired: number): ReturnType<typeof parseEnvironment> {
  return parseEnvironment(
    `environment: moto-eks
provider: aws
region: us-east-1
tags: { team: platform }
resources:
  - type: aws_vpc
    name: main
    properties: { cidr_block: 10.40.0.0/16 }
  - type: aws_subnet
    name: a
    properties: { vpc: ref(aws_vpc.main), cidr_block: 10.40.1.0/24, availability_zone: us-east-1a }
  - type: aws_subnet
    name: b
    properties: { vpc: ref(aws_vpc.main), cidr_block: 10.40.2.0/24, availability_zone: us-east-1b }
  - type: aws_security_group
    name: cluster
    properties: { vpc: ref(aws_vpc.main) }
  - type: aws_eks_cluster
    name: main
    properties:
      role_arn: ${ROLE}
      version: "1.31"
      subnets: [ref(aws_subnet.a), ref(aws_subnet.b)]
      security_groups: [ref(aws_security_group.cluster)]
      endpoint_private_access: true
  - type: aws_eks_node_group
    name: workers
    properties:
      cluster: ref(aws_eks_cluster.main)
      node_role_arn: ${NODE_ROLE}
      subnets: [ref(aws_subnet.a), ref(aws_subnet.b)]
      instance_type: t3.large
      capacity_type: SPOT
      disk_size: 50
      scaling_config: { desired_size: ${desired}, min_size: 1, max_size: 4 }
`,
    "environments/moto-eks.yaml",
  );
}

describeWithMoto("EKS clusters and node groups against moto", () => {
  let moto: Moto;
  let eks: EKSClient;
  let calls: Recorder;
  let provider: Provider;
  let progress: string[];
  const inputs = (env: ReturnType<typeof spec>) => ({ env, provider, catalog, policies: {}, identity });

  beforeAll(async () => {
    moto = await startMoto();
    eks = new EKSClient({ region: "us-east-1", endpoint: moto.endpoint, credentials, maxAttempts: 1 });
    calls = record(eks);
    ({ provider, progress } = motoProvider(moto.endpoint, { EKS: eks }));
  }, 30_000);

  afterAll(async () => {
    await provider?.close?.();
    eks?.destroy();
    await moto?.stop();
  });

  it("applies a cluster and a node group, waits ACTIVE with progress, reads back equal, scales in place and destroys the node group first", async () => {
    const env = spec(2);
    const first = await createPlan(inputs(env));
    expect(first.plan.summary).toEqual({ add: 6, change: 0, destroy: 0 });
    // EKS is still CREATING for the first polls after the create.
    let creating = 0;
    calls.intercept("DescribeClusterCommand", (input) => {
      if (!calls.calls.includes("CreateClusterCommand") || creating >= 4) return undefined;
      creating++;
      return { cluster: { name: input["name"], status: "CREATING" } };
    });
    const applied = await applyPlan({ ...inputs(env), expectedHash: first.plan.hash });
    calls.release();
    expect(applied.result.results.filter((r) => r.status !== "created")).toEqual([]);
    expect(creating).toBe(4);
    const cluster = applied.result.results.find((r) => r.address === "aws_eks_cluster.main")!.id!;
    const group = applied.result.results.find((r) => r.address === "aws_eks_node_group.workers")!.id!;
    expect(cluster).toMatch(/^moto-eks-main-[0-9a-f]{8}$/);
    expect(group).toMatch(new RegExp(`^${cluster}:moto-eks-workers-[0-9a-f]{8}$`));
    expect(progress).toContain(
      `waiting for aws_eks_cluster.main (EKS cluster ${cluster}) to become ACTIVE (EKS takes 10-15 minutes)`,
    );
    expect(
      progress.some((l) =>
        l.startsWith(`still waiting for aws_eks_cluster.main (EKS cluster ${cluster}) to become ACTIVE`),
      ),
    ).toBe(true);

    const sent = calls.inputs.find((c) => c.command === "CreateNodegroupCommand")!.input;
    expect(sent).toMatchObject({
      clusterName: cluster,
      instanceTypes: ["t3.large"],
      capacityType: "SPOT",
      diskSize: 50,
      scalingConfig: { desiredSize: 2, minSize: 1, maxSize: 4 },
    });
    expect(sent["clientRequestToken"]).toEqual(expect.any(String));

    const target: ProviderTarget = {
      environment: "moto-eks",
      repository: "octo/payments",
      region: "us-east-1",
    };
    const live = await provider.readLive({ ...target, types: ["aws_eks_cluster", "aws_eks_node_group"] });
    const ng = live.find((r) => r.type === "aws_eks_node_group")!;
    expect(ng.attributes).toMatchObject({ cluster, node_role_arn: NODE_ROLE, instance_type: "t3.large" });
    expect(live.find((r) => r.type === "aws_eks_cluster")!.attributes).toMatchObject({
      role_arn: ROLE,
      version: "1.31",
      endpoint_public_access: true,
      endpoint_private_access: true,
    });
    expect((await createPlan(inputs(env))).plan.changes).toEqual([]);

    // Someone scales the group behind Plagentic's back.
    const [clusterName, nodegroupName] = group.split(":");
    await eks.send(
      new UpdateNodegroupConfigCommand({
        clusterName,
        nodegroupName,
        scalingConfig: { desiredSize: 4, minSize: 1, maxSize: 4 },
      }),
    );
    const drift = await detectDrift(env, provider, identity);
    expect(drift.items.map((d) => `${d.address} ${JSON.stringify(d.differences)}`)).toEqual([
      `aws_eks_node_group.workers ${JSON.stringify([
        {
          attribute: "scaling_config",
          expected: { desired_size: 2, min_size: 1, max_size: 4 },
          actual: { desired_size: 4, min_size: 1, max_size: 4 },
        },
      ])}`,
    ]);

    // A new desired size is an in-place update, not a replacement.
    const scaled = spec(3);
    const scale = await createPlan(inputs(scaled));
    expect(
      scale.plan.changes.map((c) => `${c.action} ${c.address} ${c.changedAttributes.join(",")}`),
    ).toEqual(["update aws_eks_node_group.workers scaling_config"]);
    calls.reset();
    expect((await applyPlan({ ...inputs(scaled), expectedHash: scale.plan.hash })).result.ok).toBe(true);
    expect(calls.calls).toContain("UpdateNodegroupConfigCommand");
    expect(calls.calls).not.toContain("CreateNodegroupCommand");
    const described = await eks.send(new DescribeNodegroupCommand({ clusterName, nodegroupName }));
    expect(described.nodegroup?.scalingConfig).toEqual({ desiredSize: 3, minSize: 1, maxSize: 4 });
    expect((await createPlan(inputs(scaled))).plan.changes).toEqual([]);

    // The destroy deletes the node group, waits while EKS says DELETING, and only then the cluster.
    let deleting = 0;
    calls.intercept("DescribeNodegroupCommand", (input) => {
      if (!calls.calls.includes("DeleteNodegroupCommand") || deleting >= 3) return undefined;
      deleting++;
      return {
        nodegroup: {
          clusterName: input["clusterName"],
          nodegroupName: input["nodegroupName"],
          status: "DELETING",
        },
      };
    });
    calls.reset();
    const destroy = await createPlan({ ...inputs(scaled), destroy: true });
    const gone = await applyPlan({ ...inputs(scaled), destroy: true, expectedHash: destroy.plan.hash });
    calls.release();
    expect(gone.result.results.filter((r) => r.status !== "deleted")).toEqual([]);
    expect(deleting).toBe(3);
    const eksCalls = calls.calls.filter((c) => /Nodegroup|DeleteCluster/.test(c) && !c.startsWith("List"));
    const deleteGroup = eksCalls.indexOf("DeleteNodegroupCommand");
    const deleteCluster = eksCalls.indexOf("DeleteClusterCommand");
    expect(deleteGroup).toBeGreaterThanOrEqual(0);
    // Three DELETING answers, then moto's NotFound, then the cluster.
    expect(eksCalls.slice(deleteGroup, deleteCluster + 1)).toEqual([
      "DeleteNodegroupCommand",
      "DescribeNodegroupCommand",
      "DescribeNodegroupCommand",
      "DescribeNodegroupCommand",
      "DescribeNodegroupCommand",
      "DeleteClusterCommand",
    ]);
    expect(progress).toContain(
      `waiting for aws_eks_node_group.workers (EKS node group ${group}) to be deleted`,
    );
    expect((await eks.send(new ListClustersCommand({}))).clusters ?? []).not.toContain(cluster);
    expect(await provider.readLive(target)).toEqual([]);
  });

  const target: ProviderTarget = {
    environment: "moto-eks-ops",
    repository: "octo/payments",
    region: "us-east-1",
  };
  const clusterOp = (over: Partial<ResourceOperation> = {}): ResourceOperation => ({
    target,
    address: "aws_eks_cluster.ops",
    type: "aws_eks_cluster",
    attributes: {
      role_arn: ROLE,
      subnets: ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"],
      security_groups: [],
      endpoint_public_access: true,
      endpoint_private_access: false,
    },
    tags: { team: "ops" },
    token: "4d5e6f70-0000-8000-8000-000000000004",
    ...over,
  });

  it("finds a retried create's first cluster and node group instead of making second ones", async () => {
    calls.reset();
    const made = await provider.create(clusterOp());
    const again = await provider.create(clusterOp());
    expect(again.id).toBe(made.id);
    expect(calls.calls.filter((c) => c === "CreateClusterCommand")).toHaveLength(1);
    expect(calls.inputs.find((c) => c.command === "CreateClusterCommand")!.input["clientRequestToken"]).toBe(
      clusterOp().token,
    );
    // Left out, the version is EKS's choice and reads back as left out.
    expect(made.attributes["version"]).toBeUndefined();
    expect(made.tags).toEqual({ team: "ops" });

    const groupOp: ResourceOperation = {
      target,
      address: "aws_eks_node_group.ops",
      type: "aws_eks_node_group",
      attributes: {
        cluster: made.id,
        node_role_arn: NODE_ROLE,
        subnets: ["subnet-0123456789abcdef0"],
        instance_type: "t3.medium",
        capacity_type: "ON_DEMAND",
        scaling_config: { desired_size: 1, min_size: 1, max_size: 2 },
      },
      tags: {},
      token: "5e6f7081-0000-8000-8000-000000000005",
    };
    const group = await provider.create(groupOp);
    expect((await provider.create(groupOp)).id).toBe(group.id);
    expect(calls.calls.filter((c) => c === "CreateNodegroupCommand")).toHaveLength(1);
    expect(group.attributes["disk_size"]).toBeUndefined();

    // Tags converge in place; the ownership tags stay. (moto tags clusters only, not node groups.)
    const retagged = await provider.update({ ...clusterOp({ tags: { owner: "core" } }), id: made.id });
    expect(retagged.tags).toEqual({ owner: "core" });
    expect(calls.calls).toContain("UntagResourceCommand");
    expect((await provider.readLive(target)).map((r) => `${r.address} ${JSON.stringify(r.tags)}`)).toEqual([
      'aws_eks_cluster.ops {"owner":"core"}',
      "aws_eks_node_group.ops {}",
    ]);

    // EKS takes endpoint access and subnets as separate updates, each waited for.
    calls.reset();
    const moved = clusterOp({
      attributes: {
        ...clusterOp().attributes,
        endpoint_private_access: true,
        subnets: ["subnet-0123456789abcdef2"],
      },
      tags: { owner: "core" },
    });
    await provider.update({ ...moved, id: made.id });
    expect(
      calls.inputs.filter((c) => c.command === "UpdateClusterConfigCommand").map((c) => c.input),
    ).toEqual([
      { name: made.id, resourcesVpcConfig: { endpointPublicAccess: true, endpointPrivateAccess: true } },
      {
        name: made.id,
        resourcesVpcConfig: { subnetIds: ["subnet-0123456789abcdef2"], securityGroupIds: [] },
      },
    ]);
    expect(calls.calls).not.toContain("UpdateClusterVersionCommand");

    // The cluster refuses to go while its node group is there; then both go, group first.
    const inUse = await failure(provider.delete(target, made));
    expect(inUse.code).toBe("ResourceInUse");
    await provider.delete(target, group);
    await provider.delete(target, made);
    expect(await provider.readLive(target)).toEqual([]);
  });

  it("refuses to touch a cluster it does not own, at its name or by id", async () => {
    const name = "moto-eks-ops-ops-6f708192";
    await eks.send(
      new CreateClusterCommand({
        name,
        roleArn: ROLE,
        resourcesVpcConfig: { subnetIds: ["subnet-0123456789abcdef0"] },
        tags: { [OWNER_TAG_ENVIRONMENT]: "moto-eks-ops" },
      }),
    );
    calls.reset();
    const squatted = clusterOp({ token: "6f708192-0000-8000-8000-000000000006" });
    expect((await failure(provider.create(squatted))).code).toBe("AlreadyExists");
    const ref = { id: name, address: "aws_eks_cluster.ops", type: "aws_eks_cluster" };
    expect((await failure(provider.delete(target, ref))).code).toBe("NotOwned");
    expect((await failure(provider.update({ ...clusterOp(), id: name }))).code).toBe("NotOwned");
    expect(calls.calls.filter((c) => !c.startsWith("Describe"))).toEqual([]);
    await eks.send(new DeleteClusterCommand({ name }));
  });

  it("gives up with a Timeout naming the cluster when it never becomes ACTIVE", async () => {
    const slow = motoProvider(moto.endpoint, { EKS: eks }, 120_000);
    const op = clusterOp({ token: "708192a3-0000-8000-8000-000000000007" });
    const name = "moto-eks-ops-ops-708192a3";
    calls.reset();
    calls.intercept("DescribeClusterCommand", (input) =>
      calls.calls.includes("CreateClusterCommand")
        ? { cluster: { name: input["name"], status: "CREATING" } }
        : undefined,
    );
    try {
      const err = await failure(slow.provider.create(op));
      expect(err.code).toBe("Timeout");
      expect(err.message).toBe(
        `gave up waiting for aws_eks_cluster.ops (EKS cluster ${name}) to become ACTIVE after 120 s`,
      );
    } finally {
      calls.release();
    }
    expect(
      slow.progress.filter((l) => l.startsWith("still waiting for aws_eks_cluster.ops")).length,
    ).toBeGreaterThan(5);
    await eks.send(new DeleteClusterCommand({ name }));
  });
});
