/**
 * What the AWS rows share: the cloud their hooks act on, and the resources they depend on (also
 * the sandbox's rows).
 */
import type { EC2Client } from "@aws-sdk/client-ec2";
import type { SpecResource } from "./harness.js";

export interface AwsCloud {
  endpoint: string;
  ec2: EC2Client;
  /** A client of any AWS service pointed at moto (`cloud.client(RDSClient)`), destroyed at the end. */
  client<T extends { destroy(): void }>(make: new (config: AwsConfig) => T): T;
}

export type AwsConfig = {
  region: string;
  endpoint: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  maxAttempts: number;
};

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
