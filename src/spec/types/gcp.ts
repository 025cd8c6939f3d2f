/**
 * Google Cloud resource types, with Terraform's type and attribute names. References drop
 * Terraform's `_id` suffix; nested blocks that hold a single value are flattened (noted per entry).
 * `taggable` means the resource takes labels; networks, subnetworks and firewalls do not.
 */
import type { PropertyDef, ResourceTypeDef } from "../model.js";

const stringList: PropertyDef = { kind: "list", items: { kind: "string" } };

/** One `allow` or `deny` entry of a firewall; names are fixed because the policy engine reads them. */
const firewallRule: PropertyDef = {
  kind: "object",
  properties: {
    protocol: { kind: "string", required: true, description: "tcp, udp, icmp, esp, ah, sctp, ipip or all" },
    ports: { ...stringList, description: 'Ports or ranges, e.g. ["22", "8000-8080"]; empty means all' },
  },
};

const diskType: PropertyDef = {
  kind: "string",
  enum: ["pd-standard", "pd-balanced", "pd-ssd", "pd-extreme", "hyperdisk-balanced", "hyperdisk-extreme"],
};

export const gcpTypes: ResourceTypeDef[] = [
  {
    type: "google_compute_network",
    cloud: "gcp",
    service: "VPC network",
    taggable: false,
    pricing: { kind: "free" },
    properties: {
      auto_create_subnetworks: { kind: "boolean", default: true, forceNew: true },
      routing_mode: { kind: "string", enum: ["REGIONAL", "GLOBAL"], default: "REGIONAL" },
      description: { kind: "string", forceNew: true },
    },
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
      private_ip_google_access: { kind: "boolean", default: false },
    },
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
      priority: { kind: "number", integer: true, min: 0, max: 65535, default: 1000 },
      source_ranges: {
        unordered: true,
        ...stringList,
        description: "For INGRESS without source_tags, GCP treats an empty list as 0.0.0.0/0",
      },
      destination_ranges: stringList,
      source_tags: stringList,
      target_tags: stringList,
      allow: { unordered: true, kind: "list", items: firewallRule, default: [] },
      deny: { unordered: true, kind: "list", items: firewallRule, default: [] },
      disabled: { kind: "boolean", default: false },
      description: { kind: "string" },
    },
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
      publicIpProperty: "external_ip",
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
          type: { ...diskType, description: "When omitted GCE decides, so it is not priced" },
        },
      },
      // network_interface is flattened: one interface, its network and subnetwork as references.
      network: { kind: "ref", to: ["google_compute_network"], forceNew: true },
      subnetwork: { kind: "ref", to: ["google_compute_subnetwork"], forceNew: true },
      external_ip: {
        kind: "boolean",
        default: false,
        description: "network_interface.access_config: give the instance an ephemeral external IP",
      },
      // Terraform's `tags` (network tags for firewall targeting); renamed so it is not taken for labels.
      network_tags: { unordered: true, ...stringList, default: [] },
      can_ip_forward: { kind: "boolean", default: false },
    },
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
      image: { kind: "string", forceNew: true },
    },
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
      deletion_protection: { kind: "boolean", default: true },
    },
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
        description: "Nodes per zone of the cluster's location",
      },
      node_locations: { ...stringList, description: "Zones of the pool; node_count applies to each" },
      disk_size_gb: { kind: "number", integer: true, min: 10, forceNew: true },
      disk_type: { ...diskType, forceNew: true },
      spot: { kind: "boolean", default: false, forceNew: true },
    },
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
        pattern: "^(POSTGRES|MYSQL|SQLSERVER)_[A-Z0-9_]+$",
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
            value: { kind: "string", required: true, description: "CIDR allowed to connect" },
          },
        },
      },
      deletion_protection: { kind: "boolean", default: true },
    },
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
        description: "128, 256, 512, 1024, 2048, 4096 or 8192",
      },
      timeout: { kind: "number", integer: true, min: 1, max: 540, default: 60, description: "seconds" },
      trigger_http: { kind: "boolean" },
      source_archive_bucket: { kind: "string" },
      source_archive_object: { kind: "string" },
    },
  },
];
