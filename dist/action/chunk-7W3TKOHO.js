import { createRequire as __plagenticRequire } from 'node:module'; const require = __plagenticRequire(import.meta.url);

// src/spec/types/aws.ts
var LAMBDA_ZIP_MAX_BYTES = 50 * 1024 * 1024;
var stringList = { kind: "list", items: { kind: "string" } };
var securityGroupRule = {
  kind: "object",
  properties: {
    from_port: { kind: "number", integer: true, min: -1, max: 65535, required: true },
    to_port: { kind: "number", integer: true, min: -1, max: 65535, required: true },
    protocol: { kind: "string", required: true, description: 'tcp, udp, icmp, icmpv6 or "-1" for all' },
    cidr_blocks: { unordered: true, ...stringList, default: [] },
    ipv6_cidr_blocks: { unordered: true, ...stringList, default: [] },
    description: { kind: "string" }
  }
};
var ebsVolumeType = {
  kind: "string",
  enum: ["gp2", "gp3", "io1", "io2", "st1", "sc1", "standard"]
};
var awsTypes = [
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
        description: "IPv4 range, e.g. 10.0.0.0/16"
      },
      enable_dns_support: { kind: "boolean", default: true },
      enable_dns_hostnames: { kind: "boolean", default: false },
      instance_tenancy: {
        kind: "string",
        enum: ["default", "dedicated"],
        default: "default",
        forceNew: true
      }
    }
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
      map_public_ip_on_launch: { kind: "boolean", default: false }
    }
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
      egress: { unordered: true, kind: "list", items: securityGroupRule, default: [] }
    }
  },
  {
    type: "aws_internet_gateway",
    cloud: "aws",
    service: "VPC internet gateway",
    taggable: true,
    pricing: { kind: "free" },
    properties: {
      vpc: { kind: "ref", to: ["aws_vpc"] }
    }
  },
  {
    type: "aws_eip",
    cloud: "aws",
    service: "Elastic IP",
    taggable: true,
    pricing: { kind: "estimator", name: "aws_eip" },
    properties: {
      domain: { kind: "string", enum: ["vpc", "standard"], default: "vpc", forceNew: true },
      instance: { kind: "ref", to: ["aws_instance"] }
    }
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
        description: "Elastic IP of a public NAT gateway"
      },
      connectivity_type: { kind: "string", enum: ["public", "private"], default: "public", forceNew: true }
    }
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
        forceNew: true
      },
      internal: { kind: "boolean", default: false, forceNew: true },
      subnets: { unordered: true, kind: "list", items: { kind: "ref", to: ["aws_subnet"] } },
      security_groups: {
        unordered: true,
        kind: "list",
        items: { kind: "ref", to: ["aws_security_group"] },
        default: []
      },
      enable_deletion_protection: { kind: "boolean", default: false }
    }
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
      diskProperty: "root_block_device"
    },
    properties: {
      instance_type: { kind: "string", required: true, description: "EC2 instance type, e.g. t3.small" },
      ami: { kind: "string", required: true, forceNew: true, pattern: "^ami-[0-9a-f]{8,17}$" },
      subnet: { kind: "ref", to: ["aws_subnet"], forceNew: true },
      security_groups: {
        unordered: true,
        kind: "list",
        items: { kind: "ref", to: ["aws_security_group"] },
        default: []
      },
      key_name: { kind: "string", forceNew: true },
      associate_public_ip_address: { kind: "boolean", default: false, forceNew: true },
      root_block_device: {
        kind: "object",
        properties: {
          volume_size: { kind: "number", integer: true, min: 1, max: 16384 },
          volume_type: { ...ebsVolumeType, description: "When omitted the AMI decides, so it is not priced" },
          encrypted: { kind: "boolean" }
        }
      },
      // No defaults: an omitted block leaves the AMI's own settings, and a live instance that
      // predates this property must not show a phantom change.
      metadata_options: {
        kind: "object",
        properties: {
          http_tokens: {
            kind: "string",
            enum: ["optional", "required"],
            description: "required turns off IMDSv1 (policy imdsv2_required)"
          },
          http_endpoint: { kind: "string", enum: ["enabled", "disabled"], cloudDefault: "enabled" },
          http_put_response_hop_limit: { kind: "number", integer: true, min: 1, max: 64, cloudDefault: 1 }
        }
      }
    }
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
      encrypted: { kind: "boolean", default: false, forceNew: true }
    }
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
        default: []
      },
      endpoint_public_access: { kind: "boolean", default: true },
      endpoint_private_access: { kind: "boolean", default: false }
    }
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
        forceNew: true
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
          max_size: { kind: "number", integer: true, min: 1, required: true }
        }
      },
      disk_size: { kind: "number", integer: true, min: 1, forceNew: true, description: "GiB per node" }
    }
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
          "sqlserver-web"
        ]
      },
      engine_version: { kind: "string" },
      instance_class: { kind: "string", required: true, pattern: "^db\\.[a-z0-9-]+\\.[a-z0-9]+$" },
      allocated_storage: {
        kind: "number",
        integer: true,
        min: 5,
        max: 65536,
        required: true,
        description: "GiB"
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
        default: []
      },
      backup_retention_period: { kind: "number", integer: true, min: 0, max: 35 },
      deletion_protection: { kind: "boolean", default: false },
      skip_final_snapshot: { kind: "boolean", default: false }
    }
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
        description: "zip of the code, relative to the repository root (where config.yaml is)"
      },
      source_code_hash: {
        kind: "string",
        computed: true,
        description: "base64 sha256 of filename's bytes, as Lambda's CodeSha256; set by Plagentic"
      },
      image_uri: { kind: "string", description: "container image; give this or filename" },
      memory_size: { kind: "number", integer: true, min: 128, max: 10240, default: 128, description: "MB" },
      timeout: { kind: "number", integer: true, min: 1, max: 900, default: 3, description: "seconds" },
      architectures: {
        kind: "list",
        items: { kind: "string", enum: ["x86_64", "arm64"] },
        default: ["x86_64"],
        forceNew: true
      }
    }
  }
];

// src/spec/types/azure.ts
var stringList2 = { kind: "list", items: { kind: "string" } };
var resourceGroup = {
  kind: "ref",
  to: ["azurerm_resource_group"],
  forceNew: true,
  description: "Omitted means the environment's resource_group"
};
var location = { kind: "string", forceNew: true, description: "e.g. eastus" };
var storageAccountType = {
  kind: "string",
  enum: ["Standard_LRS", "StandardSSD_LRS", "Premium_LRS", "StandardSSD_ZRS", "Premium_ZRS", "UltraSSD_LRS"]
};
var securityRule = {
  kind: "object",
  properties: {
    name: { kind: "string", required: true },
    priority: { kind: "number", integer: true, min: 100, max: 4096, required: true },
    direction: { kind: "string", enum: ["Inbound", "Outbound"], required: true },
    access: { kind: "string", enum: ["Allow", "Deny"], required: true },
    protocol: { kind: "string", enum: ["Tcp", "Udp", "Icmp", "Esp", "Ah", "*"], required: true },
    source_port_range: { kind: "string", default: "*" },
    destination_port_range: { kind: "string", description: 'e.g. "443", "8000-8080" or "*"' },
    source_address_prefix: { kind: "string", description: 'CIDR, service tag or "*"' },
    destination_address_prefix: { kind: "string" }
  }
};
var azureTypes = [
  {
    type: "azurerm_resource_group",
    cloud: "azure",
    service: "Resource group",
    taggable: true,
    pricing: { kind: "free" },
    properties: {
      location
    }
  },
  {
    type: "azurerm_virtual_network",
    cloud: "azure",
    service: "Virtual network",
    taggable: true,
    pricing: { kind: "free" },
    properties: {
      resource_group: resourceGroup,
      location,
      address_space: { unordered: true, ...stringList2, required: true },
      dns_servers: { ...stringList2, default: [] }
    }
  },
  {
    type: "azurerm_subnet",
    cloud: "azure",
    service: "Virtual network subnet",
    taggable: false,
    pricing: { kind: "free" },
    properties: {
      resource_group: resourceGroup,
      virtual_network: { kind: "ref", to: ["azurerm_virtual_network"], required: true, forceNew: true },
      address_prefixes: { unordered: true, ...stringList2, required: true },
      // Terraform expresses this as azurerm_subnet_network_security_group_association.
      network_security_group: { kind: "ref", to: ["azurerm_network_security_group"] }
    }
  },
  {
    type: "azurerm_network_security_group",
    cloud: "azure",
    service: "Network security group",
    taggable: true,
    pricing: { kind: "free" },
    properties: {
      resource_group: resourceGroup,
      location,
      security_rule: { unordered: true, kind: "list", items: securityRule, default: [] }
    }
  },
  {
    type: "azurerm_public_ip",
    cloud: "azure",
    service: "Public IP address",
    taggable: true,
    pricing: { kind: "estimator", name: "azurerm_public_ip" },
    properties: {
      resource_group: resourceGroup,
      location,
      allocation_method: { kind: "string", enum: ["Static", "Dynamic"], required: true },
      sku: { kind: "string", enum: ["Basic", "Standard"], default: "Standard", forceNew: true },
      ip_version: { kind: "string", enum: ["IPv4", "IPv6"], default: "IPv4", forceNew: true }
    }
  },
  {
    type: "azurerm_network_interface",
    cloud: "azure",
    service: "Network interface",
    taggable: true,
    pricing: { kind: "free" },
    // The single ip_configuration block is flattened.
    properties: {
      resource_group: resourceGroup,
      location,
      subnet: { kind: "ref", to: ["azurerm_subnet"], required: true },
      private_ip_address_allocation: { kind: "string", enum: ["Dynamic", "Static"], default: "Dynamic" },
      private_ip_address: { kind: "string" },
      public_ip: { kind: "ref", to: ["azurerm_public_ip"] },
      // Terraform expresses this as azurerm_network_interface_security_group_association.
      network_security_group: { kind: "ref", to: ["azurerm_network_security_group"] }
    }
  },
  {
    type: "azurerm_linux_virtual_machine",
    cloud: "azure",
    service: "Linux virtual machine",
    taggable: true,
    sizeProperty: "size",
    pricing: { kind: "compute", catalog: "azure-vm", sizeProperty: "size", diskProperty: "os_disk" },
    properties: {
      resource_group: resourceGroup,
      location,
      size: { kind: "string", required: true, description: "e.g. Standard_B1s" },
      admin_username: { kind: "string", required: true, forceNew: true },
      admin_ssh_key: {
        kind: "list",
        forceNew: true,
        items: {
          kind: "object",
          properties: {
            username: { kind: "string", required: true },
            public_key: { kind: "string", required: true }
          }
        }
      },
      disable_password_authentication: { kind: "boolean", default: true, forceNew: true },
      network_interfaces: {
        kind: "list",
        items: { kind: "ref", to: ["azurerm_network_interface"] },
        required: true
      },
      os_disk: {
        kind: "object",
        required: true,
        properties: {
          caching: { kind: "string", enum: ["None", "ReadOnly", "ReadWrite"], required: true },
          storage_account_type: { ...storageAccountType, required: true, forceNew: true },
          disk_size_gb: {
            kind: "number",
            integer: true,
            min: 1,
            description: "Omitted means the image's size"
          }
        }
      },
      source_image_reference: {
        kind: "object",
        forceNew: true,
        properties: {
          publisher: { kind: "string", required: true },
          offer: { kind: "string", required: true },
          sku: { kind: "string", required: true },
          version: { kind: "string", required: true }
        }
      }
    }
  },
  {
    type: "azurerm_managed_disk",
    cloud: "azure",
    service: "Managed disk",
    taggable: true,
    pricing: { kind: "estimator", name: "azurerm_managed_disk" },
    properties: {
      resource_group: resourceGroup,
      location,
      storage_account_type: { ...storageAccountType, required: true },
      create_option: {
        kind: "string",
        enum: ["Empty", "Copy", "FromImage", "Import", "Restore"],
        default: "Empty",
        forceNew: true
      },
      disk_size_gb: { kind: "number", integer: true, min: 1 }
    }
  },
  {
    type: "azurerm_kubernetes_cluster",
    cloud: "azure",
    service: "AKS cluster",
    taggable: true,
    sizeProperty: "default_node_pool.vm_size",
    pricing: { kind: "estimator", name: "azurerm_kubernetes_cluster" },
    properties: {
      resource_group: resourceGroup,
      location,
      dns_prefix: { kind: "string", required: true, forceNew: true },
      kubernetes_version: { kind: "string" },
      sku_tier: { kind: "string", enum: ["Free", "Standard", "Premium"], default: "Free" },
      default_node_pool: {
        kind: "object",
        required: true,
        properties: {
          name: { kind: "string", required: true, pattern: "^[a-z][a-z0-9]{0,11}$" },
          vm_size: { kind: "string", required: true },
          node_count: { kind: "number", integer: true, min: 1, default: 1 }
        }
      }
    }
  },
  {
    type: "azurerm_mssql_server",
    cloud: "azure",
    service: "Azure SQL logical server",
    taggable: true,
    pricing: { kind: "free" },
    properties: {
      resource_group: resourceGroup,
      location,
      version: { kind: "string", enum: ["2.0", "12.0"], default: "12.0", forceNew: true },
      administrator_login: {
        kind: "string",
        forceNew: true,
        description: "A SQL login; its password is generated at create and never stored or shown"
      },
      // Microsoft Entra administrator; with no administrator_login, the only way in (Entra-only).
      azuread_administrator: {
        kind: "object",
        forceNew: true,
        properties: {
          login_username: { kind: "string", required: true },
          object_id: { kind: "string", required: true },
          tenant_id: { kind: "string", description: "Omitted means the subscription's tenant" }
        }
      },
      minimum_tls_version: { kind: "string", enum: ["1.0", "1.1", "1.2", "Disabled"], default: "1.2" },
      public_network_access_enabled: { kind: "boolean", default: true }
    }
  },
  {
    type: "azurerm_mssql_database",
    cloud: "azure",
    service: "Azure SQL Database",
    taggable: true,
    sizeProperty: "sku_name",
    pricing: { kind: "estimator", name: "azurerm_mssql_database" },
    properties: {
      server: { kind: "ref", to: ["azurerm_mssql_server"], required: true, forceNew: true },
      sku_name: { kind: "string", required: true, description: "e.g. S0, S1, GP_Gen5_2" },
      max_size_gb: { kind: "number", min: 1 },
      license_type: {
        kind: "string",
        enum: ["LicenseIncluded", "BasePrice"],
        description: "vCore models only; Azure's default is LicenseIncluded"
      },
      zone_redundant: { kind: "boolean", default: false },
      collation: { kind: "string", default: "SQL_Latin1_General_CP1_CI_AS", forceNew: true }
    }
  },
  {
    type: "azurerm_service_plan",
    cloud: "azure",
    service: "App Service plan",
    taggable: true,
    sizeProperty: "sku_name",
    pricing: { kind: "estimator", name: "azurerm_service_plan" },
    properties: {
      resource_group: resourceGroup,
      location,
      os_type: {
        kind: "string",
        enum: ["Linux", "Windows", "WindowsContainer"],
        required: true,
        forceNew: true
      },
      sku_name: { kind: "string", required: true, description: "Y1 (Consumption), B1, P1v3, EP1..." }
    }
  },
  {
    type: "azurerm_linux_function_app",
    cloud: "azure",
    service: "Linux function app",
    taggable: true,
    pricing: { kind: "estimator", name: "azurerm_linux_function_app" },
    properties: {
      resource_group: resourceGroup,
      location,
      service_plan: { kind: "ref", to: ["azurerm_service_plan"], required: true },
      storage_account_name: { kind: "string", required: true },
      functions_extension_version: { kind: "string", default: "~4" },
      https_only: { kind: "boolean", default: true }
    }
  }
];

// src/spec/types/gcp.ts
var stringList3 = { kind: "list", items: { kind: "string" } };
var firewallRule = {
  kind: "object",
  properties: {
    protocol: { kind: "string", required: true, description: "tcp, udp, icmp, esp, ah, sctp, ipip or all" },
    ports: { ...stringList3, description: 'Ports or ranges, e.g. ["22", "8000-8080"]; empty means all' }
  }
};
var diskType = {
  kind: "string",
  enum: ["pd-standard", "pd-balanced", "pd-ssd", "pd-extreme", "hyperdisk-balanced", "hyperdisk-extreme"]
};
var gcpTypes = [
  {
    type: "google_compute_network",
    cloud: "gcp",
    service: "VPC network",
    taggable: false,
    pricing: { kind: "free" },
    properties: {
      auto_create_subnetworks: { kind: "boolean", default: true, forceNew: true },
      routing_mode: { kind: "string", enum: ["REGIONAL", "GLOBAL"], default: "REGIONAL" },
      description: { kind: "string", forceNew: true }
    }
  },
  {
    type: "google_compute_subnetwork",
    cloud: "gcp",
    service: "VPC subnetwork",
    taggable: false,
    pricing: { kind: "free" },
    properties: {
      network: { kind: "ref", to: ["google_compute_network"], required: true, forceNew: true },
      ip_cidr_range: { kind: "string", required: true },
      region: { kind: "string", forceNew: true, description: "Defaults to the environment's region" },
      private_ip_google_access: { kind: "boolean", default: false }
    }
  },
  {
    type: "google_compute_firewall",
    cloud: "gcp",
    service: "VPC firewall rule",
    taggable: false,
    pricing: { kind: "free" },
    properties: {
      network: { kind: "ref", to: ["google_compute_network"], required: true, forceNew: true },
      direction: { kind: "string", enum: ["INGRESS", "EGRESS"], default: "INGRESS", forceNew: true },
      priority: { kind: "number", integer: true, min: 0, max: 65535, default: 1e3 },
      source_ranges: {
        unordered: true,
        ...stringList3,
        description: "For INGRESS without source_tags, GCP treats an empty list as 0.0.0.0/0"
      },
      destination_ranges: stringList3,
      source_tags: stringList3,
      target_tags: stringList3,
      allow: { unordered: true, kind: "list", items: firewallRule, default: [] },
      deny: { unordered: true, kind: "list", items: firewallRule, default: [] },
      disabled: { kind: "boolean", default: false },
      description: { kind: "string" }
    }
  },
  {
    type: "google_compute_instance",
    cloud: "gcp",
    service: "Compute Engine instance",
    taggable: true,
    sizeProperty: "machine_type",
    pricing: {
      kind: "compute",
      catalog: "gcp-compute",
      sizeProperty: "machine_type",
      diskProperty: "boot_disk",
      publicIpProperty: "external_ip"
    },
    properties: {
      machine_type: { kind: "string", required: true, description: "e.g. e2-micro, n2-standard-2" },
      zone: { kind: "string", forceNew: true, description: "e.g. us-central1-a" },
      // boot_disk.initialize_params is flattened into boot_disk.
      boot_disk: {
        kind: "object",
        required: true,
        forceNew: true,
        properties: {
          image: { kind: "string", required: true, description: "e.g. debian-cloud/debian-12" },
          size: { kind: "number", integer: true, min: 1, description: "GB; omitted means the image's size" },
          type: { ...diskType, description: "When omitted GCE decides, so it is not priced" }
        }
      },
      // network_interface is flattened: one interface, its network and subnetwork as references.
      network: { kind: "ref", to: ["google_compute_network"], forceNew: true },
      subnetwork: { kind: "ref", to: ["google_compute_subnetwork"], forceNew: true },
      external_ip: {
        kind: "boolean",
        default: false,
        description: "network_interface.access_config: give the instance an ephemeral external IP"
      },
      // Terraform's `tags` (network tags for firewall targeting); renamed so it is not taken for labels.
      network_tags: { unordered: true, ...stringList3, default: [] },
      can_ip_forward: { kind: "boolean", default: false }
    }
  },
  {
    type: "google_compute_disk",
    cloud: "gcp",
    service: "Persistent disk",
    taggable: true,
    pricing: { kind: "estimator", name: "google_compute_disk" },
    properties: {
      zone: { kind: "string", forceNew: true },
      size: { kind: "number", integer: true, min: 1, description: "GB" },
      type: { ...diskType, default: "pd-standard", forceNew: true },
      image: { kind: "string", forceNew: true }
    }
  },
  {
    type: "google_container_cluster",
    cloud: "gcp",
    service: "GKE cluster",
    taggable: true,
    pricing: { kind: "estimator", name: "google_container_cluster" },
    properties: {
      location: { kind: "string", forceNew: true, description: "Region (regional cluster) or zone" },
      network: { kind: "ref", to: ["google_compute_network"], forceNew: true },
      subnetwork: { kind: "ref", to: ["google_compute_subnetwork"], forceNew: true },
      min_master_version: { kind: "string" },
      enable_autopilot: { kind: "boolean", default: false, forceNew: true },
      // Nodes belong in google_container_node_pool, where they are priced; Terraform defaults this to false.
      remove_default_node_pool: { kind: "boolean", default: true },
      initial_node_count: { kind: "number", integer: true, min: 1, default: 1, forceNew: true },
      deletion_protection: { kind: "boolean", default: true }
    }
  },
  {
    type: "google_container_node_pool",
    cloud: "gcp",
    service: "GKE node pool",
    taggable: true,
    sizeProperty: "machine_type",
    pricing: { kind: "estimator", name: "google_container_node_pool" },
    // node_config is flattened: machine_type, disk_size_gb, disk_type and spot are top-level.
    properties: {
      cluster: { kind: "ref", to: ["google_container_cluster"], required: true, forceNew: true },
      machine_type: { kind: "string", default: "e2-medium", forceNew: true },
      node_count: {
        kind: "number",
        integer: true,
        min: 0,
        default: 1,
        description: "Nodes per zone of the cluster's location"
      },
      node_locations: { ...stringList3, description: "Zones of the pool; node_count applies to each" },
      disk_size_gb: { kind: "number", integer: true, min: 10, forceNew: true },
      disk_type: { ...diskType, forceNew: true },
      spot: { kind: "boolean", default: false, forceNew: true }
    }
  },
  {
    type: "google_sql_database_instance",
    cloud: "gcp",
    service: "Cloud SQL instance",
    taggable: true,
    sizeProperty: "tier",
    pricing: { kind: "estimator", name: "google_sql_database_instance" },
    // settings.* is flattened; settings.ip_configuration becomes ipv4_enabled and authorized_networks.
    properties: {
      database_version: {
        kind: "string",
        required: true,
        forceNew: true,
        pattern: "^(POSTGRES|MYSQL|SQLSERVER)_[A-Z0-9_]+$"
      },
      tier: { kind: "string", required: true, description: "e.g. db-custom-2-7680, db-f1-micro" },
      availability_type: { kind: "string", enum: ["ZONAL", "REGIONAL"], default: "ZONAL" },
      disk_size: { kind: "number", integer: true, min: 10, default: 10, description: "GB" },
      disk_type: { kind: "string", enum: ["PD_SSD", "PD_HDD"], default: "PD_SSD", forceNew: true },
      ipv4_enabled: { kind: "boolean", default: true },
      authorized_networks: {
        kind: "list",
        default: [],
        items: {
          kind: "object",
          properties: {
            name: { kind: "string" },
            value: { kind: "string", required: true, description: "CIDR allowed to connect" }
          }
        }
      },
      deletion_protection: { kind: "boolean", default: true }
    }
  },
  {
    type: "google_cloudfunctions_function",
    cloud: "gcp",
    service: "Cloud Functions (1st gen)",
    taggable: true,
    pricing: { kind: "estimator", name: "google_cloudfunctions_function" },
    properties: {
      runtime: { kind: "string", required: true, description: "e.g. nodejs20, python312" },
      entry_point: { kind: "string" },
      available_memory_mb: {
        kind: "number",
        integer: true,
        default: 256,
        description: "128, 256, 512, 1024, 2048, 4096 or 8192"
      },
      timeout: { kind: "number", integer: true, min: 1, max: 540, default: 60, description: "seconds" },
      trigger_http: { kind: "boolean" },
      source_archive_bucket: { kind: "string" },
      source_archive_object: { kind: "string" }
    }
  }
];

// src/spec/registry.ts
var registry = /* @__PURE__ */ new Map();
function registerResourceType(def) {
  if (registry.has(def.type)) throw new Error(`resource type ${def.type} is registered twice`);
  registry.set(def.type, def);
}
for (const def of [...awsTypes, ...gcpTypes, ...azureTypes]) registerResourceType(def);
function getResourceType(type) {
  return registry.get(type);
}
function resourceTypes(cloud) {
  const all = [...registry.values()];
  return cloud ? all.filter((d) => d.cloud === cloud) : all;
}

export {
  getResourceType,
  resourceTypes
};
