/**
 * The AWS handler table: every type the AWS provider applies, one handler each. Adding a type is
 * one file in this folder and one row here.
 */
import type { AwsHandler } from "../context.js";
import { ebsVolume } from "./ebs-volume.js";
import { eip } from "./eip.js";
import { dbInstance } from "./db-instance.js";
import { eksCluster } from "./eks-cluster.js";
import { eksNodeGroup } from "./eks-node-group.js";
import { instance } from "./instance.js";
import { internetGateway } from "./internet-gateway.js";
import { loadBalancer } from "./lb.js";
import { natGateway } from "./nat-gateway.js";
import { lambdaFunction } from "./lambda-function.js";
import { securityGroup } from "./security-group.js";
import { subnet } from "./subnet.js";
import { vpc } from "./vpc.js";

export const AWS_HANDLERS: Readonly<Record<string, AwsHandler>> = {
  aws_vpc: vpc,
  aws_subnet: subnet,
  aws_security_group: securityGroup,
  aws_instance: instance,
  aws_internet_gateway: internetGateway,
  aws_eip: eip,
  aws_nat_gateway: natGateway,
  aws_ebs_volume: ebsVolume,
  aws_lb: loadBalancer,
  aws_db_instance: dbInstance,
  aws_eks_cluster: eksCluster,
  aws_eks_node_group: eksNodeGroup,
  aws_lambda_function: lambdaFunction,
};
