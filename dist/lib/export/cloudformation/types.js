/**
 * CloudFormation mappings of the AWS types. Numbers CloudFormation types as strings (RDS storage
 * and port) are written as strings; secrets and repository files become parameters.
 */
import { defaultUsername } from "../../providers/aws/resources/db-instance-input.js";
import { instance, metadataTemplate, NO_EGRESS, rules } from "./instance.js";
import { defined } from "./model.js";
const list = (v) => (Array.isArray(v) ? v : []);
const obj = (v) => v !== null && typeof v === "object" && !Array.isArray(v) ? v : {};
const str = (v) => v === undefined || v === null ? undefined : String(v);
export const cfnTypes = {
    aws_vpc: {
        resourceType: "AWS::EC2::VPC",
        tags: "list",
        properties: (a) => defined({
            CidrBlock: a["cidr_block"],
            EnableDnsSupport: a["enable_dns_support"],
            EnableDnsHostnames: a["enable_dns_hostnames"],
            InstanceTenancy: a["instance_tenancy"],
        }),
    },
    aws_subnet: {
        resourceType: "AWS::EC2::Subnet",
        tags: "list",
        properties: (a, ctx) => defined({
            VpcId: ctx.ref(a["vpc"]),
            CidrBlock: a["cidr_block"],
            AvailabilityZone: a["availability_zone"],
            MapPublicIpOnLaunch: a["map_public_ip_on_launch"],
        }),
    },
    aws_security_group: {
        resourceType: "AWS::EC2::SecurityGroup",
        tags: "list",
        refAttribute: "GroupId",
        properties: (a, ctx) => {
            const egress = rules(a["egress"]);
            return defined({
                GroupDescription: a["description"],
                VpcId: ctx.ref(a["vpc"]),
                SecurityGroupIngress: rules(a["ingress"]),
                SecurityGroupEgress: egress.length > 0 ? egress : NO_EGRESS,
            });
        },
    },
    aws_internet_gateway: {
        resourceType: "AWS::EC2::InternetGateway",
        tags: "list",
        properties: () => ({}),
        extras: (a, ctx) => a["vpc"] === undefined
            ? []
            : [
                {
                    suffix: "Attachment",
                    type: "AWS::EC2::VPCGatewayAttachment",
                    properties: { VpcId: ctx.ref(a["vpc"]), InternetGatewayId: { Ref: ctx.logicalId } },
                },
            ],
    },
    aws_eip: {
        resourceType: "AWS::EC2::EIP",
        tags: "list",
        refAttribute: "AllocationId",
        properties: (a, ctx) => defined({ Domain: a["domain"], InstanceId: ctx.ref(a["instance"]) }),
    },
    aws_nat_gateway: {
        resourceType: "AWS::EC2::NatGateway",
        tags: "list",
        properties: (a, ctx) => defined({
            SubnetId: ctx.ref(a["subnet"]),
            AllocationId: ctx.ref(a["allocation"]),
            ConnectivityType: a["connectivity_type"],
        }),
    },
    aws_lb: {
        resourceType: "AWS::ElasticLoadBalancingV2::LoadBalancer",
        tags: "list",
        properties: (a, ctx) => defined({
            Type: a["load_balancer_type"],
            Scheme: a["internal"] === true ? "internal" : "internet-facing",
            Subnets: a["subnets"] === undefined ? undefined : list(a["subnets"]).map((s) => ctx.ref(s)),
            SecurityGroups: list(a["security_groups"]).length > 0
                ? list(a["security_groups"]).map((s) => ctx.ref(s))
                : undefined,
            LoadBalancerAttributes: [
                { Key: "deletion_protection.enabled", Value: String(a["enable_deletion_protection"] === true) },
            ],
        }),
    },
    aws_instance: {
        resourceType: "AWS::EC2::Instance",
        tags: "list",
        properties: instance,
        extras: metadataTemplate,
    },
    aws_ebs_volume: {
        resourceType: "AWS::EC2::Volume",
        tags: "list",
        properties: (a) => defined({
            AvailabilityZone: a["availability_zone"],
            Size: a["size"],
            VolumeType: a["type"],
            Iops: a["iops"],
            Throughput: a["throughput"],
            Encrypted: a["encrypted"],
        }),
    },
    aws_eks_cluster: {
        resourceType: "AWS::EKS::Cluster",
        tags: "list",
        properties: (a, ctx) => defined({
            RoleArn: a["role_arn"],
            Version: a["version"],
            ResourcesVpcConfig: defined({
                SubnetIds: list(a["subnets"]).map((s) => ctx.ref(s)),
                SecurityGroupIds: list(a["security_groups"]).map((s) => ctx.ref(s)),
                EndpointPublicAccess: a["endpoint_public_access"],
                EndpointPrivateAccess: a["endpoint_private_access"],
            }),
        }),
    },
    aws_eks_node_group: {
        resourceType: "AWS::EKS::Nodegroup",
        tags: "map",
        properties: (a, ctx) => {
            const s = obj(a["scaling_config"]);
            return defined({
                ClusterName: ctx.ref(a["cluster"]),
                NodeRole: a["node_role_arn"],
                Subnets: list(a["subnets"]).map((x) => ctx.ref(x)),
                InstanceTypes: a["instance_type"] === undefined ? undefined : [a["instance_type"]],
                CapacityType: a["capacity_type"],
                ScalingConfig: { DesiredSize: s["desired_size"], MinSize: s["min_size"], MaxSize: s["max_size"] },
                DiskSize: a["disk_size"],
            });
        },
    },
    aws_db_instance: {
        resourceType: "AWS::RDS::DBInstance",
        tags: "list",
        deletionPolicy: (a) => (a["skip_final_snapshot"] === true ? "Delete" : "Snapshot"),
        properties: (a, ctx) => {
            const managed = a["manage_master_user_password"] !== false;
            return defined({
                Engine: a["engine"],
                EngineVersion: a["engine_version"],
                DBInstanceClass: a["instance_class"],
                AllocatedStorage: str(a["allocated_storage"]),
                StorageType: a["storage_type"],
                StorageEncrypted: a["storage_encrypted"],
                MultiAZ: a["multi_az"],
                PubliclyAccessible: a["publicly_accessible"],
                Port: str(a["port"]),
                MasterUsername: a["username"] ?? defaultUsername(str(a["engine"])),
                // RDS keeps the password in Secrets Manager; without that, a NoEcho parameter, never a literal.
                ...(managed
                    ? { ManageMasterUserPassword: true }
                    : {
                        MasterUserPassword: ctx.parameter("MasterUserPassword", {
                            Type: "String",
                            NoEcho: true,
                            MinLength: 8,
                            Description: "master password of the database",
                        }),
                    }),
                DBSubnetGroupName: a["db_subnet_group_name"],
                VPCSecurityGroups: list(a["vpc_security_groups"]).length > 0
                    ? list(a["vpc_security_groups"]).map((g) => ctx.ref(g))
                    : undefined,
                BackupRetentionPeriod: a["backup_retention_period"],
                DeletionProtection: a["deletion_protection"],
            });
        },
    },
    aws_lambda_function: {
        resourceType: "AWS::Lambda::Function",
        tags: "list",
        properties: (a, ctx) => defined({
            Role: a["role"],
            Runtime: a["runtime"],
            Handler: a["handler"],
            Code: a["image_uri"] !== undefined ? { ImageUri: a["image_uri"] } : lambdaCode(a, ctx),
            PackageType: a["image_uri"] !== undefined ? "Image" : undefined,
            MemorySize: a["memory_size"],
            Timeout: a["timeout"],
            Architectures: a["architectures"],
        }),
    },
};
/**
 * The zip is a repository file, and a template can only point at S3: the bucket and key are
 * parameters, the key's description names the file and its sha256 so the upload can be checked.
 */
function lambdaCode(a, ctx) {
    const file = str(a["filename"]) ?? "the function's zip";
    const hash = str(a["source_code_hash"]);
    return {
        S3Bucket: ctx.parameter("CodeS3Bucket", { Type: "String", Description: `S3 bucket holding ${file}` }),
        S3Key: ctx.parameter("CodeS3Key", {
            Type: "String",
            Description: `S3 key of ${file}` + (hash ? ` (base64 sha256 ${hash})` : ""),
        }),
    };
}
