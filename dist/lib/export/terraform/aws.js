/** Terraform mappings of the AWS types (hashicorp/aws 5.x). */
import { defaultUsername } from "../../providers/aws/resources/db-instance-input.js";
import { tagsArgument, take } from "./model.js";
const tags = tagsArgument("tags");
/** Terraform's ingress/egress are attributes in JSON syntax: every field must be present. */
function fullRules(rules) {
    if (!Array.isArray(rules))
        return rules;
    return rules.map((r) => ({
        cidr_blocks: [],
        ipv6_cidr_blocks: [],
        prefix_list_ids: [],
        security_groups: [],
        self: false,
        description: "",
        ...r,
    }));
}
export const awsTerraform = {
    aws_vpc: { tags },
    aws_subnet: { tags, rename: { vpc: "vpc_id" } },
    aws_security_group: {
        tags,
        rename: { vpc: "vpc_id" },
        shape: (b) => ({ ...b, ingress: fullRules(b["ingress"]), egress: fullRules(b["egress"]) }),
    },
    aws_internet_gateway: { tags, rename: { vpc: "vpc_id" } },
    aws_eip: { tags },
    aws_nat_gateway: { tags, rename: { subnet: "subnet_id", allocation: "allocation_id" } },
    aws_lb: { tags },
    aws_instance: {
        tags,
        rename: { subnet: "subnet_id", security_groups: "vpc_security_group_ids" },
    },
    aws_ebs_volume: { tags },
    aws_eks_cluster: {
        tags,
        nameArgument: "name",
        shape: (b) => {
            const vpc = take(b, [
                "subnets",
                "security_groups",
                "endpoint_public_access",
                "endpoint_private_access",
            ]);
            return {
                ...b,
                vpc_config: {
                    subnet_ids: vpc["subnets"],
                    security_group_ids: vpc["security_groups"],
                    endpoint_public_access: vpc["endpoint_public_access"],
                    endpoint_private_access: vpc["endpoint_private_access"],
                },
            };
        },
    },
    aws_eks_node_group: {
        tags,
        rename: { cluster: "cluster_name", subnets: "subnet_ids" },
        refAttribute: { cluster: "name" },
        shape: (b) => {
            const { instance_type, ...rest } = b;
            return { ...rest, ...(instance_type !== undefined && { instance_types: [instance_type] }) };
        },
    },
    aws_db_instance: {
        tags,
        rename: { vpc_security_groups: "vpc_security_group_ids" },
        // RDS needs a master user; Plagentic's provider uses the engine's usual one when none is given.
        shape: (b) => ({
            ...b,
            username: b["username"] ?? defaultUsername(typeof b["engine"] === "string" ? b["engine"] : undefined),
        }),
    },
    aws_lambda_function: { tags, nameArgument: "function_name" },
};
