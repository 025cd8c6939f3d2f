/** The CloudFormation export, in process: logical ids, count, Ref/GetAtt, parameters, tags, errors. */
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cloudformationFormat, logicalIds } from "../../src/export/cloudformation.js";
import { parseEnvironment } from "../../src/spec/parse.js";

type Template = {
  Parameters?: Record<string, Record<string, unknown>>;
  Resources: Record<string, { Type: string; Properties: Record<string, unknown>; DependsOn?: unknown }>;
};

const SPEC = `
environment: staging
provider: aws
region: us-east-1
tags: { team: payments }
resources:
  - type: aws_vpc
    name: main
    properties: { cidr_block: 10.0.0.0/16 }
  - type: aws_internet_gateway
    name: gw
    properties: { vpc: ref(aws_vpc.main) }
  - type: aws_subnet
    name: a
    properties: { vpc: ref(aws_vpc.main), cidr_block: 10.0.1.0/24 }
  - type: aws_security_group
    name: db
    tags: { note: "\${not.a.sub} \\"q\\"" }
    properties:
      vpc: ref(aws_vpc.main)
      ingress: [{ from_port: 5432, to_port: 5432, protocol: tcp, cidr_blocks: [10.0.0.0/8, 192.168.0.0/16] }]
  - type: aws_instance
    name: web
    count: 2
    properties: { instance_type: t3.micro, ami: ami-0abcdef1234567890, subnet: ref(aws_subnet.a) }
  - type: aws_eip
    name: nat
    properties: {}
  - type: aws_nat_gateway
    name: nat
    properties: { subnet: ref(aws_subnet.a), allocation: ref(aws_eip.nat) }
  - type: aws_db_instance
    name: orders
    properties:
      engine: postgres
      instance_class: db.t3.micro
      allocated_storage: 20
      manage_master_user_password: false
      vpc_security_groups: [ref(aws_security_group.db)]
  - type: aws_lambda_function
    name: fn
    properties: { role: "arn:aws:iam::1:role/fn", runtime: nodejs20.x, handler: index.handler }
`;

function template(yaml = SPEC, asYaml = false): Template {
  const env = parseEnvironment(yaml, "environments/staging.yaml");
  const text = cloudformationFormat.render(env, { repository: "octo/payments", yaml: asYaml });
  return (asYaml ? parse(text) : JSON.parse(text)) as Template;
}

describe("cloudformation export", () => {
  it("expands count into one resource per instance with logical ids from addresses", () => {
    const t = template();
    expect(Object.keys(t.Resources)).toEqual(
      expect.arrayContaining([
        "AwsVpcMain",
        "AwsInstanceWeb0",
        "AwsInstanceWeb1",
        "AwsInternetGatewayGwAttachment",
      ]),
    );
    expect(t.Resources["AwsInstanceWeb1"]!.Properties["Tags"]).toContainEqual({
      Key: "plagentic:address",
      Value: "aws_instance.web[1]",
    });
  });

  it("references with Ref, or Fn::GetAtt where Ref is not the id, and never needs DependsOn", () => {
    const t = template();
    expect(t.Resources["AwsSubnetA"]!.Properties["VpcId"]).toEqual({ Ref: "AwsVpcMain" });
    expect(t.Resources["AwsNatGatewayNat"]!.Properties["AllocationId"]).toEqual({
      "Fn::GetAtt": ["AwsEipNat", "AllocationId"],
    });
    expect(t.Resources["AwsDbInstanceOrders"]!.Properties["VPCSecurityGroups"]).toEqual([
      { "Fn::GetAtt": ["AwsSecurityGroupDb", "GroupId"] },
    ]);
    expect(t.Resources["AwsInternetGatewayGwAttachment"]!.Properties).toEqual({
      VpcId: { Ref: "AwsVpcMain" },
      InternetGatewayId: { Ref: "AwsInternetGatewayGw" },
    });
    expect(Object.values(t.Resources).filter((r) => r.DependsOn !== undefined)).toEqual([]);
  });

  it("takes secrets and the Lambda code as parameters, the password NoEcho and never a literal", () => {
    const t = template();
    expect(t.Resources["AwsDbInstanceOrders"]!.Properties["MasterUserPassword"]).toEqual({
      Ref: "AwsDbInstanceOrdersMasterUserPassword",
    });
    expect(t.Parameters!["AwsDbInstanceOrdersMasterUserPassword"]).toMatchObject({
      Type: "String",
      NoEcho: true,
    });
    expect(t.Resources["AwsLambdaFunctionFn"]!.Properties["Code"]).toEqual({
      S3Bucket: { Ref: "AwsLambdaFunctionFnCodeS3Bucket" },
      S3Key: { Ref: "AwsLambdaFunctionFnCodeS3Key" },
    });
  });

  it("writes one rule per CIDR, an explicit no-egress rule for an empty egress, and merged tags", () => {
    const sg = template().Resources["AwsSecurityGroupDb"]!.Properties;
    expect(sg["SecurityGroupIngress"]).toEqual([
      { IpProtocol: "tcp", FromPort: 5432, ToPort: 5432, CidrIp: "10.0.0.0/8" },
      { IpProtocol: "tcp", FromPort: 5432, ToPort: 5432, CidrIp: "192.168.0.0/16" },
    ]);
    expect(sg["SecurityGroupEgress"]).toEqual([
      { IpProtocol: "-1", CidrIp: "127.0.0.1/32", Description: "no egress" },
    ]);
    expect(sg["Tags"]).toEqual([
      { Key: "team", Value: "payments" },
      // No Fn::Sub anywhere, so `${...}` and quotes are plain text in CloudFormation.
      { Key: "note", Value: '${not.a.sub} "q"' },
      { Key: "plagentic:environment", Value: "staging" },
      { Key: "plagentic:repository", Value: "octo/payments" },
      { Key: "plagentic:address", Value: "aws_security_group.db" },
    ]);
  });

  it("writes the same template as YAML", () => {
    expect(template(SPEC, true)).toEqual(template());
  });

  it("gives addresses that squash to one id distinct ids", () => {
    const ids = logicalIds(["aws_vpc.a_1", "aws_vpc.a-1", "aws_vpc.b"], ["Attachment"]);
    expect(new Set(ids.values()).size).toBe(3);
    expect(ids.get("aws_vpc.b")).toBe("AwsVpcB");
    expect(ids.get("aws_vpc.a_1")).toMatch(/^AwsVpcA1[0-9A-F]{8}$/);
    // An id that equals another's id plus an extra's suffix would clash with that extra.
    const extra = logicalIds(
      ["aws_internet_gateway.gw", "aws_internet_gateway.gw_attachment"],
      ["Attachment"],
    );
    expect(extra.get("aws_internet_gateway.gw")).not.toBe("AwsInternetGatewayGw");
  });

  it("refuses a type CloudFormation does not deploy, naming it and listing the AWS types", () => {
    const env = parseEnvironment(
      "environment: s\nprovider: sandbox\nregion: us-east-1\nresources:\n  - { type: aws_vpc, name: v, properties: { cidr_block: 10.0.0.0/16 } }\n  - { type: google_compute_network, name: n, properties: {} }\n",
      "environments/s.yaml",
    );
    expect(() => cloudformationFormat.render(env, { repository: "local" })).toThrow(
      /google_compute_network\.n: cloudformation export cannot express resource type google_compute_network \(CloudFormation deploys AWS resources only\); it supports: aws_db_instance, .*aws_vpc$/,
    );
  });
});
