import { instance } from "./instance.js";
import { securityGroup } from "./security-group.js";
import { subnet } from "./subnet.js";
import { vpc } from "./vpc.js";
export const AWS_HANDLERS = {
    aws_vpc: vpc,
    aws_subnet: subnet,
    aws_security_group: securityGroup,
    aws_instance: instance,
};
