const stringList = { kind: "list", items: { kind: "string" } };
const resourceGroup = {
    kind: "ref",
    to: ["azurerm_resource_group"],
    forceNew: true,
    description: "Omitted means the environment's resource_group",
};
const location = { kind: "string", forceNew: true, description: "e.g. eastus" };
const storageAccountType = {
    kind: "string",
    enum: ["Standard_LRS", "StandardSSD_LRS", "Premium_LRS", "StandardSSD_ZRS", "Premium_ZRS", "UltraSSD_LRS"],
};
/** One NSG rule; names are fixed because the policy engine reads them. */
const securityRule = {
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
        destination_address_prefix: { kind: "string" },
    },
};
export const azureTypes = [
    {
        type: "azurerm_resource_group",
        cloud: "azure",
        service: "Resource group",
        taggable: true,
        pricing: { kind: "free" },
        properties: {
            location,
        },
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
            address_space: { unordered: true, ...stringList, required: true },
            dns_servers: { ...stringList, default: [] },
        },
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
            address_prefixes: { unordered: true, ...stringList, required: true },
            // Terraform expresses this as azurerm_subnet_network_security_group_association.
            network_security_group: { kind: "ref", to: ["azurerm_network_security_group"] },
        },
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
            security_rule: { unordered: true, kind: "list", items: securityRule, default: [] },
        },
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
            ip_version: { kind: "string", enum: ["IPv4", "IPv6"], default: "IPv4", forceNew: true },
        },
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
            network_security_group: { kind: "ref", to: ["azurerm_network_security_group"] },
        },
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
                        public_key: { kind: "string", required: true },
                    },
                },
            },
            disable_password_authentication: { kind: "boolean", default: true, forceNew: true },
            network_interfaces: {
                kind: "list",
                items: { kind: "ref", to: ["azurerm_network_interface"] },
                required: true,
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
                        description: "Omitted means the image's size",
                    },
                },
            },
            source_image_reference: {
                kind: "object",
                forceNew: true,
                properties: {
                    publisher: { kind: "string", required: true },
                    offer: { kind: "string", required: true },
                    sku: { kind: "string", required: true },
                    version: { kind: "string", required: true },
                },
            },
        },
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
                forceNew: true,
            },
            disk_size_gb: { kind: "number", integer: true, min: 1 },
        },
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
                    node_count: { kind: "number", integer: true, min: 1, default: 1 },
                },
            },
        },
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
                description: "A SQL login; its password is generated at create and never stored or shown",
            },
            // Microsoft Entra administrator; with no administrator_login, the only way in (Entra-only).
            azuread_administrator: {
                kind: "object",
                forceNew: true,
                properties: {
                    login_username: { kind: "string", required: true },
                    object_id: { kind: "string", required: true },
                    tenant_id: { kind: "string", description: "Omitted means the subscription's tenant" },
                },
            },
            minimum_tls_version: { kind: "string", enum: ["1.0", "1.1", "1.2", "Disabled"], default: "1.2" },
            public_network_access_enabled: { kind: "boolean", default: true },
        },
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
                description: "vCore models only; Azure's default is LicenseIncluded",
            },
            zone_redundant: { kind: "boolean", default: false },
            collation: { kind: "string", default: "SQL_Latin1_General_CP1_CI_AS", forceNew: true },
        },
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
                forceNew: true,
            },
            sku_name: { kind: "string", required: true, description: "Y1 (Consumption), B1, P1v3, EP1..." },
        },
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
            https_only: { kind: "boolean", default: true },
        },
    },
];
