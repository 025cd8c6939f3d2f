/** Lambda's limit for a zip uploaded in the create call itself: 50 MB. */
const LAMBDA_ZIP_MAX_BYTES = 50 * 1024 * 1024;
const stringList = { kind: "list", items: { kind: "string" } };
/** One ingress or egress rule; names are fixed because the policy engine reads them. */
const securityGroupRule = {
    kind: "object",
    properties: {
        from_port: { kind: "number", integer: true, min: -1, max: 65535, required: true },
        to_port: { kind: "number", integer: true, min: -1, max: 65535, required: true },
        protocol: { kind: "string", required: true, description: 'tcp, udp, icmp, icmpv6 or "-1" for all' },
        cidr_blocks: { unordered: true, ...stringList, default: [] },
        ipv6_cidr_blocks: { unordered: true, ...stringList, default: [] },
        description: { kind: "string" },
    },
};
const ebsVolumeType = {
    kind: "string",
    enum: ["gp2", "gp3", "io1", "io2", "st1", "sc1", "standard"],
};
export const awsTypes = [
    {
        type: "aws_vpc",
        cloud: "aws",
        service: "VPC",
        taggable: true,
        pricing: { kind: "free" },
        properties: {
            cidr_block: {
                kind: "string",
                required: true,
                forceNew: true,
                description: "IPv4 range, e.g. 10.0.0.0/16",
            },
            enable_dns_support: { kind: "boolean", default: true },
            enable_dns_hostnames: { kind: "boolean", default: false },
            instance_tenancy: {
                kind: "string",
                enum: ["default", "dedicated"],
                default: "default",
                forceNew: true,
            },
        },
    },
    {
        type: "aws_subnet",
        cloud: "aws",
        service: "VPC subnet",
        taggable: true,
        pricing: { kind: "free" },
        properties: {
            vpc: { kind: "ref", to: ["aws_vpc"], required: true, forceNew: true },
            cidr_block: { kind: "string", required: true, forceNew: true },
            availability_zone: { kind: "string", forceNew: true },
            map_public_ip_on_launch: { kind: "boolean", default: false },
        },
    },
    {
        type: "aws_security_group",
        cloud: "aws",
        service: "VPC security group",
        taggable: true,
        pricing: { kind: "free" },
        properties: {
            vpc: { kind: "ref", to: ["aws_vpc"], forceNew: true },
            description: { kind: "string", default: "Managed by Plagentic", forceNew: true },
            ingress: { unordered: true, kind: "list", items: securityGroupRule, default: [] },
            egress: { unordered: true, kind: "list", items: securityGroupRule, default: [] },
        },
    },
    {
        type: "aws_internet_gateway",
        cloud: "aws",
        service: "VPC internet gateway",
        taggable: true,
        pricing: { kind: "free" },
        properties: {
            vpc: { kind: "ref", to: ["aws_vpc"] },
        },
    },
    {
        type: "aws_eip",
        cloud: "aws",
        service: "Elastic IP",
        taggable: true,
        pricing: { kind: "estimator", name: "aws_eip" },
        properties: {
            domain: { kind: "string", enum: ["vpc", "standard"], default: "vpc", forceNew: true },
            instance: { kind: "ref", to: ["aws_instance"] },
        },
    },
    {
        type: "aws_nat_gateway",
        cloud: "aws",
        service: "VPC NAT gateway",
        taggable: true,
        pricing: { kind: "estimator", name: "aws_nat_gateway" },
        properties: {
            subnet: { kind: "ref", to: ["aws_subnet"], required: true, forceNew: true },
            allocation: {
                kind: "ref",
                to: ["aws_eip"],
                forceNew: true,
                description: "Elastic IP of a public NAT gateway",
            },
            connectivity_type: { kind: "string", enum: ["public", "private"], default: "public", forceNew: true },
        },
    },
    {
        type: "aws_lb",
        cloud: "aws",
        service: "Elastic Load Balancing",
        taggable: true,
        pricing: { kind: "estimator", name: "aws_lb" },
        properties: {
            load_balancer_type: {
                kind: "string",
                enum: ["application", "network", "gateway"],
                default: "application",
                forceNew: true,
            },
            internal: { kind: "boolean", default: false, forceNew: true },
            subnets: { unordered: true, kind: "list", items: { kind: "ref", to: ["aws_subnet"] } },
            security_groups: {
                unordered: true,
                kind: "list",
                items: { kind: "ref", to: ["aws_security_group"] },
                default: [],
            },
            enable_deletion_protection: { kind: "boolean", default: false },
        },
    },
    {
        type: "aws_instance",
        cloud: "aws",
        service: "EC2 instance",
        taggable: true,
        sizeProperty: "instance_type",
        pricing: {
            kind: "compute",
            catalog: "aws-ec2",
            sizeProperty: "instance_type",
            diskProperty: "root_block_device",
        },
        properties: {
            instance_type: { kind: "string", required: true, description: "EC2 instance type, e.g. t3.small" },
            ami: { kind: "string", required: true, forceNew: true, pattern: "^ami-[0-9a-f]{8,17}$" },
            subnet: { kind: "ref", to: ["aws_subnet"], forceNew: true },
            security_groups: {
                unordered: true,
                kind: "list",
                items: { kind: "ref", to: ["aws_security_group"] },
                default: [],
            },
            key_name: { kind: "string", forceNew: true },
            associate_public_ip_address: { kind: "boolean", default: false, forceNew: true },
            root_block_device: {
                kind: "object",
                properties: {
                    volume_size: { kind: "number", integer: true, min: 1, max: 16384 },
                    volume_type: { ...ebsVolumeType, description: "When omitted the AMI decides, so it is not priced" },
                    encrypted: { kind: "boolean" },
                },
            },
            // No defaults: an omitted block leaves the AMI's own settings, and a live instance that
            // predates this property must not show a phantom change.
            metadata_options: {
                kind: "object",
                properties: {
                    http_tokens: {
                        kind: "string",
                        enum: ["optional", "required"],
                        description: "required turns off IMDSv1 (policy imdsv2_required)",
                    },
                    http_endpoint: { kind: "string", enum: ["enabled", "disabled"], cloudDefault: "enabled" },
                    http_put_response_hop_limit: { kind: "number", integer: true, min: 1, max: 64, cloudDefault: 1 },
                },
            },
        },
    },
    {
        type: "aws_ebs_volume",
        cloud: "aws",
        service: "EBS volume",
        taggable: true,
        pricing: { kind: "estimator", name: "aws_ebs_volume" },
        properties: {
            availability_zone: { kind: "string", required: true, forceNew: true },
            size: { kind: "number", integer: true, min: 1, max: 65536, description: "GiB" },
            type: { ...ebsVolumeType, default: "gp2" },
            iops: { kind: "number", integer: true, min: 100 },
            throughput: { kind: "number", integer: true, min: 125, description: "MiB/s, gp3 only" },
            encrypted: { kind: "boolean", default: false, forceNew: true },
        },
    },
    {
        type: "aws_eks_cluster",
        cloud: "aws",
        service: "EKS cluster",
        taggable: true,
        pricing: { kind: "estimator", name: "aws_eks_cluster" },
        // vpc_config is flattened: its subnet_ids and security_group_ids become top-level references.
        properties: {
            // EKS cannot change a cluster's role.
            role_arn: { kind: "string", required: true, forceNew: true },
            version: { kind: "string", description: "Kubernetes version, e.g. 1.31" },
            subnets: { unordered: true, kind: "list", items: { kind: "ref", to: ["aws_subnet"] }, required: true },
            security_groups: {
                unordered: true,
                kind: "list",
                items: { kind: "ref", to: ["aws_security_group"] },
                default: [],
            },
            endpoint_public_access: { kind: "boolean", default: true },
            endpoint_private_access: { kind: "boolean", default: false },
        },
    },
    {
        type: "aws_eks_node_group",
        cloud: "aws",
        service: "EKS managed node group",
        taggable: true,
        sizeProperty: "instance_type",
        pricing: { kind: "estimator", name: "aws_eks_node_group" },
        properties: {
            cluster: { kind: "ref", to: ["aws_eks_cluster"], required: true, forceNew: true },
            node_role_arn: { kind: "string", required: true, forceNew: true },
            subnets: {
                unordered: true,
                kind: "list",
                items: { kind: "ref", to: ["aws_subnet"] },
                required: true,
                forceNew: true,
            },
            // Terraform takes a list (instance_types); one type keeps size policies and pricing simple.
            instance_type: { kind: "string", default: "t3.medium", forceNew: true },
            capacity_type: { kind: "string", enum: ["ON_DEMAND", "SPOT"], default: "ON_DEMAND", forceNew: true },
            scaling_config: {
                kind: "object",
                required: true,
                properties: {
                    desired_size: { kind: "number", integer: true, min: 0, required: true },
                    min_size: { kind: "number", integer: true, min: 0, required: true },
                    max_size: { kind: "number", integer: true, min: 1, required: true },
                },
            },
            disk_size: { kind: "number", integer: true, min: 1, forceNew: true, description: "GiB per node" },
        },
    },
    {
        type: "aws_db_instance",
        cloud: "aws",
        service: "RDS database instance",
        taggable: true,
        sizeProperty: "instance_class",
        pricing: { kind: "estimator", name: "aws_db_instance" },
        properties: {
            engine: {
                kind: "string",
                required: true,
                forceNew: true,
                enum: [
                    "postgres",
                    "mysql",
                    "mariadb",
                    "oracle-ee",
                    "oracle-se2",
                    "sqlserver-ee",
                    "sqlserver-se",
                    "sqlserver-ex",
                    "sqlserver-web",
                ],
            },
            engine_version: { kind: "string" },
            instance_class: { kind: "string", required: true, pattern: "^db\\.[a-z0-9-]+\\.[a-z0-9]+$" },
            allocated_storage: {
                kind: "number",
                integer: true,
                min: 5,
                max: 65536,
                required: true,
                description: "GiB",
            },
            storage_type: { kind: "string", enum: ["gp2", "gp3", "io1", "io2", "standard"], default: "gp2" },
            storage_encrypted: { kind: "boolean", default: false, forceNew: true },
            multi_az: { kind: "boolean", default: false },
            publicly_accessible: { kind: "boolean", default: false },
            port: { kind: "number", integer: true, min: 1150, max: 65535 },
            username: { kind: "string", forceNew: true },
            // The password itself never appears in a spec; RDS keeps it in Secrets Manager.
            manage_master_user_password: { kind: "boolean", default: true },
            db_subnet_group_name: { kind: "string", forceNew: true },
            vpc_security_groups: {
                unordered: true,
                kind: "list",
                items: { kind: "ref", to: ["aws_security_group"] },
                default: [],
            },
            backup_retention_period: { kind: "number", integer: true, min: 0, max: 35 },
            deletion_protection: { kind: "boolean", default: false },
            skip_final_snapshot: { kind: "boolean", default: false },
        },
    },
    {
        type: "aws_lambda_function",
        cloud: "aws",
        service: "Lambda function",
        taggable: true,
        pricing: { kind: "estimator", name: "aws_lambda_function" },
        properties: {
            role: { kind: "string", required: true, description: "ARN of the execution role" },
            runtime: { kind: "string", description: "e.g. nodejs20.x, python3.12; omit for container images" },
            handler: { kind: "string" },
            filename: {
                kind: "string",
                file: { hashInto: "source_code_hash", maxBytes: LAMBDA_ZIP_MAX_BYTES },
                description: "zip of the code, relative to the repository root (where config.yaml is)",
            },
            source_code_hash: {
                kind: "string",
                computed: true,
                description: "base64 sha256 of filename's bytes, as Lambda's CodeSha256; set by Plagentic",
            },
            image_uri: { kind: "string", description: "container image; give this or filename" },
            memory_size: { kind: "number", integer: true, min: 128, max: 10240, default: 128, description: "MB" },
            timeout: { kind: "number", integer: true, min: 1, max: 900, default: 3, description: "seconds" },
            architectures: {
                kind: "list",
                items: { kind: "string", enum: ["x86_64", "arm64"] },
                default: ["x86_64"],
                forceNew: true,
            },
        },
    },
];
