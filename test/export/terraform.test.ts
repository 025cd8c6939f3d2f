/** The Terraform JSON export, in process: references, count, tags, escaping, every cloud, errors. */
import { describe, expect, it } from "vitest";
import { escapeTemplate, terraformFormat } from "../../src/export/terraform.js";
import { UnsupportedTypeError } from "../../src/export/index.js";
import { parseEnvironment } from "../../src/spec/parse.js";
import { registerResourceType, resourceTypes } from "../../src/spec/registry.js";

type Doc = { resource: Record<string, Record<string, Record<string, unknown>>>; [k: string]: unknown };

function exportOf(yaml: string): Doc {
  const env = parseEnvironment(yaml, "environments/t.yaml");
  return JSON.parse(terraformFormat.render(env, { repository: "octo/payments" })) as Doc;
}

const AWS = `
environment: staging
provider: aws
region: eu-west-1
tags: { team: payments }
resources:
  - type: aws_vpc
    name: main
    properties: { cidr_block: 10.0.0.0/16 }
  - type: aws_subnet
    name: a
    properties: { vpc: ref(aws_vpc.main), cidr_block: 10.0.1.0/24 }
  - type: aws_security_group
    name: web
    properties:
      vpc: ref(aws_vpc.main)
      ingress: [{ from_port: 443, to_port: 443, protocol: tcp, cidr_blocks: ["0.0.0.0/0"] }]
  - type: aws_instance
    name: web
    count: 2
    tags: { role: web }
    properties:
      instance_type: t3.small
      ami: ami-0abcdef1234567890
      subnet: ref(aws_subnet.a)
      security_groups: [ref(aws_security_group.web)]
  - type: aws_eip
    name: web
    properties:
      instance: ref(aws_instance.web[1])
  - type: aws_eks_cluster
    name: k
    properties:
      role_arn: "arn:aws:iam::1:role/eks"
      subnets: [ref(aws_subnet.a)]
  - type: aws_eks_node_group
    name: n
    properties:
      cluster: ref(aws_eks_cluster.k)
      node_role_arn: "arn:aws:iam::1:role/node"
      subnets: [ref(aws_subnet.a)]
      scaling_config: { desired_size: 1, min_size: 1, max_size: 2 }
`;

describe("terraform export", () => {
  it("turns references into interpolations with Terraform's argument names", () => {
    const doc = exportOf(AWS);
    expect(doc.resource["aws_subnet"]!["a"]!["vpc_id"]).toBe("${aws_vpc.main.id}");
    const web = doc.resource["aws_instance"]!["web"]!;
    expect(web["subnet_id"]).toBe("${aws_subnet.a.id}");
    expect(web["vpc_security_group_ids"]).toEqual(["${aws_security_group.web.id}"]);
    expect(web["security_groups"]).toBeUndefined();
    // EKS node groups name their cluster, not its id; vpc_config nests again.
    expect(doc.resource["aws_eks_node_group"]!["n"]!["cluster_name"]).toBe("${aws_eks_cluster.k.name}");
    expect(doc.resource["aws_eks_node_group"]!["n"]!["instance_types"]).toEqual(["t3.medium"]);
    expect(doc.resource["aws_eks_cluster"]!["k"]!["vpc_config"]).toMatchObject({
      subnet_ids: ["${aws_subnet.a.id}"],
    });
    expect(doc.resource["aws_eks_cluster"]!["k"]!["name"]).toBe("staging-k");
  });

  it("keeps count, indexes references to a counted resource and tags each instance with its address", () => {
    const doc = exportOf(AWS);
    const web = doc.resource["aws_instance"]!["web"]!;
    expect(web["count"]).toBe(2);
    expect(doc.resource["aws_eip"]!["web"]!["instance"]).toBe("${aws_instance.web[1].id}");
    expect(web["tags"]).toEqual({
      team: "payments",
      role: "web",
      "plagentic:environment": "staging",
      "plagentic:repository": "octo/payments",
      "plagentic:address": "aws_instance.web[${count.index}]",
    });
  });

  it("writes pinned providers from the region and fills every field of inline security group rules", () => {
    const doc = exportOf(AWS);
    expect(doc["terraform"]).toEqual({
      required_providers: { aws: { source: "hashicorp/aws", version: "~> 5.100" } },
    });
    expect(doc["provider"]).toEqual({ aws: { region: "eu-west-1" } });
    expect(doc.resource["aws_security_group"]!["web"]!["ingress"]).toEqual([
      {
        from_port: 443,
        to_port: 443,
        protocol: "tcp",
        cidr_blocks: ["0.0.0.0/0"],
        ipv6_cidr_blocks: [],
        prefix_list_ids: [],
        security_groups: [],
        self: false,
        description: "",
      },
    ]);
  });

  it("escapes template sequences and quotes in every string, so hostile text stays literal", () => {
    expect(escapeTemplate('${file("/etc/passwd")} %{ if true }x%{ endif }')).toBe(
      '$${file("/etc/passwd")} %%{ if true }x%%{ endif }',
    );
    const doc = exportOf(`
environment: staging
provider: aws
region: us-east-1
tags: { "owner\${x}": "a \\"quoted\\" \${var.secret} value" }
resources:
  - type: aws_security_group
    name: web
    properties: { description: "\${aws_vpc.main.id}\\"}, \\"x\\": {" }
`);
    const sg = doc.resource["aws_security_group"]!["web"]!;
    expect(sg["description"]).toBe('$${aws_vpc.main.id}"}, "x": {');
    expect(sg["tags"]).toMatchObject({ "owner$${x}": 'a "quoted" $${var.secret} value' });
  });

  it("exports GCP types with nested blocks and ownership as labels", () => {
    const doc = exportOf(`
environment: analytics
provider: gcp
region: us-central1
project: demo
tags: { team: data }
resources:
  - type: google_compute_network
    name: main
    properties: { auto_create_subnetworks: false }
  - type: google_compute_instance
    name: vm
    count: 2
    properties:
      machine_type: e2-micro
      zone: us-central1-a
      boot_disk: { image: debian-cloud/debian-12, size: 10 }
      network: ref(google_compute_network.main)
      external_ip: true
      network_tags: [web]
`);
    expect(doc["provider"]).toEqual({ google: { region: "us-central1", project: "demo" } });
    const vm = doc.resource["google_compute_instance"]!["vm"]!;
    expect(vm["boot_disk"]).toEqual({ initialize_params: { image: "debian-cloud/debian-12", size: 10 } });
    expect(vm["network_interface"]).toEqual({
      network: "${google_compute_network.main.id}",
      access_config: [{}],
    });
    expect(vm["tags"]).toEqual(["web"]);
    expect(vm["name"]).toBe("analytics-vm-${count.index}");
    expect(vm["labels"]).toMatchObject({
      team: "data",
      "plagentic-environment": "analytics",
      "plagentic-address": "google_compute_instance-2evm-5b${count.index}-5d",
    });
  });

  it("exports Azure types with the environment's group, associations and secrets as sensitive variables", () => {
    const doc = exportOf(`
environment: web
provider: azure
region: eastus
subscription: 00000000-0000-0000-0000-000000000000
resource_group: rg-web
tags: { team: web }
resources:
  - type: azurerm_virtual_network
    name: main
    properties: { address_space: [10.1.0.0/16] }
  - type: azurerm_network_security_group
    name: web
    properties: {}
  - type: azurerm_subnet
    name: a
    properties:
      virtual_network: ref(azurerm_virtual_network.main)
      address_prefixes: [10.1.1.0/24]
      network_security_group: ref(azurerm_network_security_group.web)
  - type: azurerm_mssql_server
    name: sql
    properties: { administrator_login: dbadmin }
`);
    expect(doc["provider"]).toEqual({ azurerm: { features: {}, subscription_id: "${var.subscription_id}" } });
    const subnet = doc.resource["azurerm_subnet"]!["a"]!;
    expect(subnet).toMatchObject({
      virtual_network_name: "${azurerm_virtual_network.main.name}",
      resource_group_name: "rg-web",
    });
    expect(subnet["network_security_group"]).toBeUndefined();
    expect(doc.resource["azurerm_subnet_network_security_group_association"]!["a"]).toEqual({
      subnet_id: "${azurerm_subnet.a.id}",
      network_security_group_id: "${azurerm_network_security_group.web.id}",
    });
    const sql = doc.resource["azurerm_mssql_server"]!["sql"]!;
    expect(sql["administrator_login_password"]).toBe(
      "${var.azurerm_mssql_server_sql_administrator_login_password}",
    );
    expect(
      (doc["variable"] as Record<string, unknown>)["azurerm_mssql_server_sql_administrator_login_password"],
    ).toMatchObject({
      sensitive: true,
    });
  });

  it("supports every type in the registry", () => {
    expect(terraformFormat.supportedTypes()).toEqual(
      resourceTypes()
        .map((d) => d.type)
        .sort(),
    );
  });

  it("refuses a type it cannot express, naming it and the address, listing what it supports", () => {
    registerResourceType({
      type: "aws_custom_widget",
      cloud: "aws",
      service: "Widget",
      taggable: false,
      pricing: { kind: "free" },
      properties: {},
    });
    const env = parseEnvironment(
      "environment: s\nprovider: aws\nregion: us-east-1\nresources:\n  - { type: aws_custom_widget, name: w, properties: {} }\n",
      "environments/s.yaml",
    );
    const render = () => terraformFormat.render(env, { repository: "local" });
    expect(render).toThrow(UnsupportedTypeError);
    expect(render).toThrow(
      /aws_custom_widget\.w: terraform export cannot express resource type aws_custom_widget; it supports: .*aws_vpc/,
    );
  });
});
