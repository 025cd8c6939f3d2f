/**
 * The AWS provider in the conformance suite, against moto_server (test/providers/aws/moto.ts).
 * Every AWS SDK client the provider makes points at moto (AWS_ENDPOINT_URL), so a row for RDS,
 * Lambda or EKS needs no setup here: its `drift` makes its own client with `cloud.client`.
 */
import {
  AssociateAddressCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateTagsCommand,
  EC2Client,
  ModifyInstanceAttributeCommand,
  ModifySubnetAttributeCommand,
  ModifyVolumeCommand,
  ModifyVpcAttributeCommand,
  RunInstancesCommand,
  StopInstancesCommand,
} from "@aws-sdk/client-ec2";
import {
  DescribeClusterCommand,
  DescribeNodegroupCommand,
  EKSClient,
  TagResourceCommand,
  UpdateClusterConfigCommand,
  UpdateNodegroupConfigCommand,
} from "@aws-sdk/client-eks";
import { AddTagsCommand, ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import {
  AddTagsToResourceCommand,
  DescribeDBInstancesCommand,
  ModifyDBInstanceCommand,
  RDSClient,
} from "@aws-sdk/client-rds";
import {
  LambdaClient,
  TagResourceCommand as LambdaTagResourceCommand,
  UpdateFunctionConfigurationCommand,
} from "@aws-sdk/client-lambda";
import type { LiveResource } from "../../../src/providers/provider.js";
import { createMotoRole, storedZip } from "../aws/lambda-fixtures.js";
import { createAwsProviderWith } from "../../../src/providers/aws/index.js";
import { OWNER_TAG_REPOSITORY } from "../../../src/providers/provider.js";
import { motoAvailable, startMoto } from "../aws/moto.js";
import type { ProviderHarness, SpecResource, TypeCase } from "./harness.js";

export interface AwsCloud {
  endpoint: string;
  ec2: EC2Client;
  /** A client of any AWS service pointed at moto (`cloud.client(RDSClient)`), destroyed at the end. */
  client<T extends { destroy(): void }>(make: new (config: AwsConfig) => T): T;
}

type AwsConfig = {
  region: string;
  endpoint: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  maxAttempts: number;
};

const REGION = "us-east-1";
const credentials = { accessKeyId: "testing", secretAccessKey: "testing" };

// What the rows below depend on, shared with the sandbox's rows.
export const VPC: SpecResource = {
  type: "aws_vpc",
  name: "main",
  properties: { cidr_block: "10.0.0.0/16", enable_dns_hostnames: true },
};
export const SUBNET: SpecResource = {
  type: "aws_subnet",
  name: "a",
  properties: { vpc: "ref(aws_vpc.main)", cidr_block: "10.0.1.0/24", availability_zone: "us-east-1a" },
};
export const SECURITY_GROUP: SpecResource = {
  type: "aws_security_group",
  name: "web",
  properties: {
    vpc: "ref(aws_vpc.main)",
    ingress: [
      { from_port: 443, to_port: 443, protocol: "tcp", cidr_blocks: ["0.0.0.0/0"], description: "https" },
    ],
  },
};
export const INSTANCE: SpecResource = {
  type: "aws_instance",
  name: "web",
  properties: {
    instance_type: "t3.micro",
    ami: "ami-0abcdef1234567890",
    subnet: "ref(aws_subnet.a)",
    security_groups: ["ref(aws_security_group.web)"],
  },
};

export const SUBNET_B: SpecResource = {
  type: "aws_subnet",
  name: "b",
  properties: { vpc: "ref(aws_vpc.main)", cidr_block: "10.0.2.0/24", availability_zone: "us-east-1b" },
};
const INTERNET_GATEWAY: SpecResource = {
  type: "aws_internet_gateway",
  name: "main",
  properties: { vpc: "ref(aws_vpc.main)" },
};
const EIP: SpecResource = { type: "aws_eip", name: "nat", properties: { domain: "vpc" } };
const EKS_CLUSTER: SpecResource = {
  type: "aws_eks_cluster",
  name: "main",
  properties: {
    role_arn: "arn:aws:iam::123456789012:role/eks-cluster",
    version: "1.31",
    subnets: ["ref(aws_subnet.a)", "ref(aws_subnet.b)"],
    security_groups: ["ref(aws_security_group.web)"],
  },
};

const LAMBDA_ROLE_NAME = "conformance-fn";
/** moto's account is 123456789012; start() creates the role. */
const LAMBDA_ROLE = `arn:aws:iam::123456789012:role/${LAMBDA_ROLE_NAME}`;

/** The ownership tag of a resource tagged by ARN through its own service's call. */
const owner = (repository: string) => ({ Key: OWNER_TAG_REPOSITORY, Value: repository });

async function dbArn(cloud: AwsCloud, r: LiveResource): Promise<string> {
  const out = await cloud
    .client(RDSClient)
    .send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: r.id }));
  return out.DBInstances![0]!.DBInstanceArn!;
}
/** A node group's id is `<cluster>:<node group>`. */
const nodegroupOf = (r: LiveResource) => {
  const [clusterName, nodegroupName] = r.id.split(":");
  return { clusterName: clusterName!, nodegroupName: nodegroupName! };
};

const cases: TypeCase<AwsCloud>[] = [
  {
    type: "aws_vpc",
    properties: VPC.properties,
    drift: async ({ ec2 }, r) => {
      await ec2.send(new ModifyVpcAttributeCommand({ VpcId: r.id, EnableDnsHostnames: { Value: false } }));
      return "enable_dns_hostnames";
    },
  },
  {
    type: "aws_subnet",
    needs: [VPC],
    properties: SUBNET.properties,
    drift: async ({ ec2 }, r) => {
      await ec2.send(
        new ModifySubnetAttributeCommand({ SubnetId: r.id, MapPublicIpOnLaunch: { Value: true } }),
      );
      return "map_public_ip_on_launch";
    },
  },
  {
    type: "aws_security_group",
    needs: [VPC],
    properties: SECURITY_GROUP.properties,
    drift: async ({ ec2 }, r) => {
      await ec2.send(
        new AuthorizeSecurityGroupIngressCommand({
          GroupId: r.id,
          IpPermissions: [
            { IpProtocol: "tcp", FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: "0.0.0.0/0" }] },
          ],
        }),
      );
      return "ingress";
    },
  },
  {
    type: "aws_instance",
    needs: [VPC, SUBNET, SECURITY_GROUP],
    properties: INSTANCE.properties,
    skip: {
      idempotent:
        "moto ignores RunInstances' ClientToken, which is how instances are idempotent; " +
        "test/providers/aws/nock.test.ts checks the token is sent and honoured",
    },
    drift: async ({ ec2 }, r) => {
      await ec2.send(new StopInstancesCommand({ InstanceIds: [r.id] }));
      await ec2.send(
        new ModifyInstanceAttributeCommand({ InstanceId: r.id, InstanceType: { Value: "t3.large" } }),
      );
      return "instance_type";
    },
  },
  {
    type: "aws_internet_gateway",
    needs: [VPC],
    properties: INTERNET_GATEWAY.properties,
    // Detaching it is a drift too, but then the destroy no longer sees the gateway in the
    // network (deleteOrder checks the spec's order): a retag keeps the attachment.
    drift: async ({ ec2 }, r) => {
      await ec2.send(new CreateTagsCommand({ Resources: [r.id], Tags: [{ Key: "team", Value: "other" }] }));
      return "tags";
    },
  },
  {
    type: "aws_eip",
    properties: EIP.properties,
    drift: async ({ ec2 }, r) => {
      const run = await ec2.send(
        new RunInstancesCommand({ ImageId: "ami-0abcdef1234567890", MinCount: 1, MaxCount: 1 }),
      );
      await ec2.send(
        new AssociateAddressCommand({ AllocationId: r.id, InstanceId: run.Instances![0]!.InstanceId! }),
      );
      return "instance";
    },
  },
  {
    type: "aws_nat_gateway",
    needs: [VPC, SUBNET, EIP],
    properties: { subnet: "ref(aws_subnet.a)", allocation: "ref(aws_eip.nat)", connectivity_type: "public" },
    skip: {
      idempotent:
        "moto marks a deleted NAT gateway `deleted` but keeps its Elastic IP associated " +
        "(moto/ec2/models/nat_gateways.py delete_nat_gateway), so the fresh create on the same " +
        "address is refused; test/providers/aws/network.test.ts checks the retry by token tag",
    },
    // AWS has no call that changes a NAT gateway's subnet, address or connectivity: a retag is
    // the change someone can make behind Plagentic's back.
    drift: async ({ ec2 }, r) => {
      await ec2.send(new CreateTagsCommand({ Resources: [r.id], Tags: [{ Key: "team", Value: "other" }] }));
      return "tags";
    },
  },
  {
    type: "aws_ebs_volume",
    properties: { availability_zone: "us-east-1a", size: 10, type: "gp3", encrypted: true },
    drift: async ({ ec2 }, r) => {
      await ec2.send(new ModifyVolumeCommand({ VolumeId: r.id, Size: 30 }));
      return "size";
    },
  },
  {
    type: "aws_lb",
    needs: [VPC, SUBNET, SUBNET_B, SECURITY_GROUP],
    properties: {
      load_balancer_type: "application",
      internal: false,
      subnets: ["ref(aws_subnet.a)", "ref(aws_subnet.b)"],
      security_groups: ["ref(aws_security_group.web)"],
      enable_deletion_protection: false,
    },
    // Deletion protection turned on behind its back would also stop the destroy that follows.
    drift: async (cloud, r) => {
      await cloud
        .client(ElasticLoadBalancingV2Client)
        .send(new AddTagsCommand({ ResourceArns: [r.id], Tags: [{ Key: "team", Value: "other" }] }));
      return "tags";
    },
    disown: async (cloud, r, repository) => {
      await cloud
        .client(ElasticLoadBalancingV2Client)
        .send(new AddTagsCommand({ ResourceArns: [r.id], Tags: [owner(repository)] }));
    },
  },
  {
    type: "aws_db_instance",
    properties: {
      engine: "postgres",
      instance_class: "db.t3.micro",
      allocated_storage: 20,
      storage_encrypted: true,
    },
    drift: async (cloud, r) => {
      await cloud.client(RDSClient).send(
        new ModifyDBInstanceCommand({
          DBInstanceIdentifier: r.id,
          DBInstanceClass: "db.m5.large",
          ApplyImmediately: true,
        }),
      );
      return "instance_class";
    },
    disown: async (cloud, r, repository) => {
      await cloud
        .client(RDSClient)
        .send(
          new AddTagsToResourceCommand({ ResourceName: await dbArn(cloud, r), Tags: [owner(repository)] }),
        );
    },
  },
  {
    type: "aws_eks_cluster",
    needs: [VPC, SUBNET, SUBNET_B, SECURITY_GROUP],
    properties: EKS_CLUSTER.properties,
    drift: async (cloud, r) => {
      const eks = cloud.client(EKSClient);
      // moto replaces the whole VPC configuration with the update's, so the update names the
      // subnets and groups the cluster has, as they would stay in EKS.
      const vpc = (await eks.send(new DescribeClusterCommand({ name: r.id }))).cluster!.resourcesVpcConfig!;
      await eks.send(
        new UpdateClusterConfigCommand({
          name: r.id,
          resourcesVpcConfig: {
            subnetIds: vpc.subnetIds,
            securityGroupIds: vpc.securityGroupIds,
            endpointPublicAccess: false,
            endpointPrivateAccess: true,
          },
        }),
      );
      return "endpoint_public_access";
    },
    disown: async (cloud, r, repository) => {
      const eks = cloud.client(EKSClient);
      const arn = (await eks.send(new DescribeClusterCommand({ name: r.id }))).cluster!.arn!;
      await eks.send(
        new TagResourceCommand({ resourceArn: arn, tags: { [OWNER_TAG_REPOSITORY]: repository } }),
      );
    },
  },
  {
    type: "aws_eks_node_group",
    needs: [VPC, SUBNET, SUBNET_B, SECURITY_GROUP, EKS_CLUSTER],
    properties: {
      cluster: "ref(aws_eks_cluster.main)",
      node_role_arn: "arn:aws:iam::123456789012:role/eks-nodes",
      subnets: ["ref(aws_subnet.a)", "ref(aws_subnet.b)"],
      instance_type: "t3.large",
      scaling_config: { desired_size: 2, min_size: 1, max_size: 4 },
    },
    skip: {
      notOwned:
        "moto's EKS TagResource tags clusters only, never a managed node group " +
        "(moto/eks/models.py tag_resource), so a node group cannot be handed to another repository",
    },
    drift: async (cloud, r) => {
      await cloud.client(EKSClient).send(
        new UpdateNodegroupConfigCommand({
          ...nodegroupOf(r),
          scalingConfig: { desiredSize: 4, minSize: 1, maxSize: 4 },
        }),
      );
      return "scaling_config";
    },
    disown: async (cloud, r, repository) => {
      const eks = cloud.client(EKSClient);
      const arn = (await eks.send(new DescribeNodegroupCommand(nodegroupOf(r)))).nodegroup!.nodegroupArn!;
      await eks.send(
        new TagResourceCommand({ resourceArn: arn, tags: { [OWNER_TAG_REPOSITORY]: repository } }),
      );
    },
  },
  {
    type: "aws_lambda_function",
    properties: {
      role: LAMBDA_ROLE,
      runtime: "nodejs20.x",
      handler: "index.handler",
      filename: "functions/conformance.zip",
      memory_size: 256,
    },
    files: { "functions/conformance.zip": storedZip("index.js", "exports.handler = async () => 'ok';") },
    drift: async (cloud, r) => {
      await cloud
        .client(LambdaClient)
        .send(new UpdateFunctionConfigurationCommand({ FunctionName: r.id, MemorySize: 1024 }));
      return "memory_size";
    },
    disown: async (cloud, r, repository) => {
      await cloud
        .client(LambdaClient)
        .send(new LambdaTagResourceCommand({ Resource: r.id, Tags: { [OWNER_TAG_REPOSITORY]: repository } }));
    },
  },
];

export const awsHarness: ProviderHarness<AwsCloud> = {
  name: "aws",
  spec: { provider: "aws", region: REGION },
  unavailable: () =>
    motoAvailable() ? undefined : "moto_server is not installed (pip install 'moto[server]')",
  async start() {
    const moto = await startMoto();
    // moto's Lambda assumes only a role its IAM holds.
    if ((await createMotoRole(moto.endpoint, LAMBDA_ROLE_NAME)) !== LAMBDA_ROLE)
      throw new Error(`moto made the Lambda role under another account than ${LAMBDA_ROLE}`);
    const config: AwsConfig = { region: REGION, endpoint: moto.endpoint, credentials, maxAttempts: 1 };
    const clients: { destroy(): void }[] = [];
    const ec2 = new EC2Client(config);
    clients.push(ec2);
    const provider = createAwsProviderWith(
      {
        settings: { default: "aws" },
        env: {
          AWS_ACCESS_KEY_ID: "testing",
          AWS_SECRET_ACCESS_KEY: "testing",
          AWS_ENDPOINT_URL: moto.endpoint,
        },
      },
      { maxAttempts: 2, pollIntervalMs: 20, timeoutMs: 15_000 },
    );
    return {
      provider,
      cloud: {
        endpoint: moto.endpoint,
        ec2,
        client: (make) => {
          const c = new make(config);
          clients.push(c);
          return c;
        },
      },
      // EC2 ids take tags through CreateTags; a row of another service gives its own `disown`.
      disown: async (sample, repository) => {
        await ec2.send(
          new CreateTagsCommand({
            Resources: [sample.id],
            Tags: [{ Key: OWNER_TAG_REPOSITORY, Value: repository }],
          }),
        );
      },
      async stop() {
        await provider.close?.();
        for (const c of clients) c.destroy();
        await moto.stop();
      },
    };
  },
  cases,
};
