/** The smallest specs that make a real cloud provider load: one resource each. */

export const GCP_NETWORK_SPEC = `environment: analytics
provider: gcp
region: us-central1
project: demo
tags: { team: data }
resources:
  - type: google_compute_network
    name: main
    properties: { auto_create_subnetworks: false }
`;

export const AZURE_GROUP_SPEC = `environment: web
provider: azure
region: eastus
subscription: 00000000-0000-0000-0000-000000000000
resource_group: rg-web
tags: { team: web }
resources:
  - type: azurerm_resource_group
    name: main
    properties: {}
`;
