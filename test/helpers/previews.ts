/**
 * A parent environment for preview tests: named resources, an address space with a rule inside
 * it, and a protected database, so that every part of the derivation shows.
 */
export const PREVIEW_CONFIG = `previews:
  environments: [staging]
  max_monthly_cost: 300
  ttl_hours: 24
`;

export function previewSpec(instanceType = "t3.small", extraTag = ""): string {
  return `environment: staging
provider: sandbox
region: us-east-1
tags: { team: web${extraTag ? `, ${extraTag}` : ""} }
resources:
  - type: aws_vpc
    name: main
    properties: { cidr_block: 10.20.0.0/16 }
    tags: { Name: main }
  - type: aws_subnet
    name: a
    properties: { vpc: ref(aws_vpc.main), cidr_block: 10.20.1.0/24, availability_zone: us-east-1a }
  - type: aws_security_group
    name: web
    properties:
      vpc: ref(aws_vpc.main)
      description: web
      ingress:
        - { from_port: 443, to_port: 443, protocol: tcp, cidr_blocks: ["10.20.0.0/16"] }
      egress:
        - { from_port: 0, to_port: 0, protocol: "-1", cidr_blocks: ["0.0.0.0/0"] }
  - type: aws_instance
    name: web
    properties: { instance_type: ${instanceType}, ami: ami-0abcdef1234567890, subnet: ref(aws_subnet.a) }
    tags: { Name: web }
  - type: aws_db_instance
    name: orders
    protected: true
    properties:
      engine: postgres
      instance_class: db.t3.micro
      allocated_storage: 20
      storage_encrypted: true
      deletion_protection: true
`;
}
