/**
 * The AWS provider in the conformance suite, against moto_server (test/providers/aws/moto.ts).
 * Every AWS SDK client the provider makes points at moto (AWS_ENDPOINT_URL), so a row for RDS,
 * Lambda or EKS needs no setup here: its `drift` makes its own client with `cloud.client`.
 */
import {
  AssociateAddressCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateTagsCommand,
  DescribeVpcsCommand,
  EC2Client,
  ModifyInstanceAttributeCommand,
  ModifySubnetAttributeCommand,
  ModifyVolumeCommand,
  ModifyVpcAttributeCommand,
  RunInstancesCommand,
  StopInstancesCommand,
} from "@aws-sdk/client-ec2";
import { createAwsProviderWith } from "../../../src/providers/aws/index.js";
import { OWNER_TAG_REPOSITORY } from "../../../src/providers/provider.js";
import { createMotoRole } from "../aws/lambda-fixtures.js";
import { motoAvailable, startMoto } from "../aws/moto.js";
import { AWS_SERVICE_CASES, LAMBDA_ROLE, LAMBDA_ROLE_NAME } from "./aws-services.js";
import { INSTANCE, SECURITY_GROUP, SUBNET, VPC, type AwsCloud, type AwsConfig } from "./aws-specs.js";
import type { ProviderHarness, SpecResource, TypeCase } from "./harness.js";

export { INSTANCE, SECURITY_GROUP, SUBNET, SUBNET_B, VPC, type AwsCloud } from "./aws-specs.js";

const REGION = "us-east-1";
const credentials = { accessKeyId: "testing", secretAccessKey: "testing" };

const INTERNET_GATEWAY: SpecResource = {
  type: "aws_internet_gateway",
  name: "main",
  properties: { vpc: "ref(aws_vpc.main)" },
};
const EIP: SpecResource = { type: "aws_eip", name: "nat", properties: { domain: "vpc" } };

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
  ...AWS_SERVICE_CASES,
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
    // moto builds its EC2 backend (AMIs, zones) on the first call: in beforeAll's budget, not in
    // the first row's test timeout.
    await ec2.send(new DescribeVpcsCommand({}));
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
