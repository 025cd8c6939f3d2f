/** AWS resource types, with Terraform's type and attribute names. */
import type { ResourceTypeDef } from "../model.js";

export const awsTypes: ResourceTypeDef[] = [
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
      security_groups: { kind: "list", items: { kind: "ref", to: ["aws_security_group"] }, default: [] },
      key_name: { kind: "string", forceNew: true },
      associate_public_ip_address: { kind: "boolean", default: false, forceNew: true },
      root_block_device: {
        kind: "object",
        properties: {
          volume_size: { kind: "number", integer: true, min: 1, max: 16384 },
          volume_type: { kind: "string", enum: ["gp2", "gp3", "io1", "io2", "st1", "sc1", "standard"] },
        },
      },
    },
  },
];
