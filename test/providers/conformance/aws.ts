/**
 * The AWS provider in the conformance suite, against moto_server (test/providers/aws/moto.ts).
 * Every AWS SDK client the provider makes points at moto (AWS_ENDPOINT_URL), so a row for RDS,
 * Lambda or EKS needs no setup here: its `drift` makes its own client with `cloud.client`.
 */
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateTagsCommand,
  EC2Client,
  ModifyInstanceAttributeCommand,
  ModifySubnetAttributeCommand,
  ModifyVpcAttributeCommand,
  StopInstancesCommand,
} from "@aws-sdk/client-ec2";
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
];

export const awsHarness: ProviderHarness<AwsCloud> = {
  name: "aws",
  spec: { provider: "aws", region: REGION },
  unavailable: () =>
    motoAvailable() ? undefined : "moto_server is not installed (pip install 'moto[server]')",
  async start() {
    const moto = await startMoto();
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
