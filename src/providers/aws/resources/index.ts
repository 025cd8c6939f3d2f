/**
 * The AWS handler table: every type the AWS provider applies, one handler each. Adding a type is
 * one file in this folder and one row here.
 */
import type { AwsHandler } from "../context.js";
import { instance } from "./instance.js";
import { lambdaFunction } from "./lambda-function.js";
import { securityGroup } from "./security-group.js";
import { subnet } from "./subnet.js";
import { vpc } from "./vpc.js";

export const AWS_HANDLERS: Readonly<Record<string, AwsHandler>> = {
  aws_vpc: vpc,
  aws_subnet: subnet,
  aws_security_group: securityGroup,
  aws_instance: instance,
  aws_lambda_function: lambdaFunction,
};
