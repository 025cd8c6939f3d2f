/**
 * The AWS rows of services beyond EC2 (ELBv2, RDS, EKS, Lambda), against the same moto_server:
 * each hook makes its service's client with `cloud.client`, and hands a resource to another
 * repository through that service's own tagging call.
 */
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
  LambdaClient,
  TagResourceCommand as LambdaTagResourceCommand,
  UpdateFunctionConfigurationCommand,
} from "@aws-sdk/client-lambda";
import {
  AddTagsToResourceCommand,
  DescribeDBInstancesCommand,
  ModifyDBInstanceCommand,
  RDSClient,
} from "@aws-sdk/client-rds";
import { OWNER_TAG_REPOSITORY, type LiveResource } from "../../../src/providers/provider.js";
import { storedZip } from "../aws/lambda-fixtures.js";
import { SECURITY_GROUP, SUBNET, SUBNET_B, VPC, type AwsCloud } from "./aws-specs.js";
import type { SpecResource, TypeCase } from "./harness.js";

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

export const LAMBDA_ROLE_NAME = "conformance-fn";
/** moto's account is 123456789012; start() creates the role. */
export const LAMBDA_ROLE = `arn:aws:iam::123456789012:role/${LAMBDA_ROLE_NAME}`;

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

export const AWS_SERVICE_CASES: TypeCase<AwsCloud>[] = [
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
