import { defined } from "./model.js";
import { virtualMachineBody } from "./virtual-machine.js";
const NETWORK = { sdk: "@azure/arm-network 39.0.0", apiVersion: "2026-01-01" };
const COMPUTE_VM = { sdk: "@azure/arm-compute 25.1.1", apiVersion: "2026-04-01" };
const COMPUTE_DISK = { sdk: "@azure/arm-compute 25.1.1", apiVersion: "2026-03-02" };
const AKS = { sdk: "@azure/arm-containerservice 25.5.0", apiVersion: "2026-06-01" };
const SQL = { sdk: "@azure/arm-sql 10.0.0", apiVersion: "2022-08-01-preview" };
const WEB = { sdk: "@azure/arm-appservice 19.0.0", apiVersion: "2025-05-01" };
const RESOURCES = { sdk: "@azure/arm-resources 8.0.0", apiVersion: "2025-04-01" };
const list = (v) => (Array.isArray(v) ? v : []);
const obj = (v) => v !== null && typeof v === "object" && !Array.isArray(v) ? v : {};
const idOf = (id) => (id === undefined ? undefined : { id });
function securityRule(rule, ctx) {
    const r = obj(rule);
    return {
        name: ctx.literal(r["name"]),
        properties: defined({
            priority: r["priority"],
            direction: r["direction"],
            access: r["access"],
            protocol: r["protocol"],
            sourcePortRange: ctx.literal(r["source_port_range"]),
            destinationPortRange: ctx.literal(r["destination_port_range"]),
            sourceAddressPrefix: ctx.literal(r["source_address_prefix"]),
            destinationAddressPrefix: ctx.literal(r["destination_address_prefix"]),
        }),
    };
}
export const armTypes = {
    azurerm_resource_group: {
        resourceType: "Microsoft.Resources/tags",
        ...RESOURCES,
        located: false,
        body: () => ({}),
    },
    azurerm_virtual_network: {
        resourceType: "Microsoft.Network/virtualNetworks",
        ...NETWORK,
        located: true,
        body: (a, ctx) => ({
            properties: defined({
                addressSpace: { addressPrefixes: list(a["address_space"]).map((p) => ctx.literal(p)) },
                dhcpOptions: list(a["dns_servers"]).length > 0
                    ? { dnsServers: list(a["dns_servers"]).map((d) => ctx.literal(d)) }
                    : undefined,
            }),
        }),
    },
    azurerm_subnet: {
        resourceType: "Microsoft.Network/virtualNetworks/subnets",
        ...NETWORK,
        parent: "virtual_network",
        located: false,
        body: (a, ctx) => ({
            properties: defined({
                addressPrefixes: list(a["address_prefixes"]).map((p) => ctx.literal(p)),
                networkSecurityGroup: idOf(ctx.ref(a["network_security_group"])),
            }),
        }),
    },
    azurerm_network_security_group: {
        resourceType: "Microsoft.Network/networkSecurityGroups",
        ...NETWORK,
        located: true,
        body: (a, ctx) => ({
            properties: { securityRules: list(a["security_rule"]).map((r) => securityRule(r, ctx)) },
        }),
    },
    azurerm_public_ip: {
        resourceType: "Microsoft.Network/publicIPAddresses",
        ...NETWORK,
        located: true,
        body: (a) => ({
            sku: { name: a["sku"] },
            properties: defined({
                publicIPAllocationMethod: a["allocation_method"],
                publicIPAddressVersion: a["ip_version"],
            }),
        }),
    },
    azurerm_network_interface: {
        resourceType: "Microsoft.Network/networkInterfaces",
        ...NETWORK,
        located: true,
        body: (a, ctx) => ({
            properties: defined({
                ipConfigurations: [
                    {
                        name: "internal",
                        properties: defined({
                            subnet: idOf(ctx.ref(a["subnet"])),
                            privateIPAllocationMethod: a["private_ip_address_allocation"],
                            privateIPAddress: ctx.literal(a["private_ip_address"]),
                            publicIPAddress: idOf(ctx.ref(a["public_ip"])),
                        }),
                    },
                ],
                networkSecurityGroup: idOf(ctx.ref(a["network_security_group"])),
            }),
        }),
    },
    azurerm_linux_virtual_machine: {
        resourceType: "Microsoft.Compute/virtualMachines",
        ...COMPUTE_VM,
        located: true,
        body: virtualMachineBody,
    },
    azurerm_managed_disk: {
        resourceType: "Microsoft.Compute/disks",
        ...COMPUTE_DISK,
        located: true,
        body: (a) => ({
            sku: { name: a["storage_account_type"] },
            properties: defined({
                creationData: { createOption: a["create_option"] },
                diskSizeGB: a["disk_size_gb"],
            }),
        }),
    },
    azurerm_kubernetes_cluster: {
        resourceType: "Microsoft.ContainerService/managedClusters",
        ...AKS,
        located: true,
        body: (a, ctx) => {
            const pool = obj(a["default_node_pool"]);
            return {
                identity: { type: "SystemAssigned" },
                sku: { name: "Base", tier: a["sku_tier"] },
                properties: defined({
                    dnsPrefix: ctx.literal(a["dns_prefix"]),
                    kubernetesVersion: ctx.literal(a["kubernetes_version"]),
                    agentPoolProfiles: [
                        {
                            name: pool["name"],
                            vmSize: pool["vm_size"],
                            count: pool["node_count"],
                            mode: "System",
                            osType: "Linux",
                        },
                    ],
                }),
            };
        },
    },
    azurerm_mssql_server: {
        resourceType: "Microsoft.Sql/servers",
        ...SQL,
        located: true,
        body: (a, ctx) => {
            const ad = obj(a["azuread_administrator"]);
            const login = a["administrator_login"];
            return {
                properties: defined({
                    version: a["version"],
                    administratorLogin: ctx.literal(login),
                    // Plagentic generates this password and never stores it; a template can only take it in.
                    administratorLoginPassword: login === undefined
                        ? undefined
                        : ctx.secret("AdministratorLoginPassword", "SQL administrator password"),
                    minimalTlsVersion: a["minimum_tls_version"],
                    publicNetworkAccess: a["public_network_access_enabled"] === false ? "Disabled" : "Enabled",
                    administrators: Object.keys(ad).length > 0
                        ? defined({
                            administratorType: "ActiveDirectory",
                            login: ctx.literal(ad["login_username"]),
                            sid: ctx.literal(ad["object_id"]),
                            tenantId: ctx.literal(ad["tenant_id"]),
                            azureADOnlyAuthentication: login === undefined,
                        })
                        : undefined,
                }),
            };
        },
    },
    azurerm_mssql_database: {
        resourceType: "Microsoft.Sql/servers/databases",
        ...SQL,
        parent: "server",
        located: true,
        body: (a) => ({
            sku: { name: a["sku_name"] },
            properties: defined({
                maxSizeBytes: typeof a["max_size_gb"] === "number" ? a["max_size_gb"] * 1024 ** 3 : undefined,
                licenseType: a["license_type"],
                zoneRedundant: a["zone_redundant"],
                collation: a["collation"],
            }),
        }),
    },
    azurerm_service_plan: {
        resourceType: "Microsoft.Web/serverfarms",
        ...WEB,
        located: true,
        body: (a) => ({
            sku: { name: a["sku_name"] },
            kind: a["os_type"] === "Linux" ? "linux" : "app",
            properties: { reserved: a["os_type"] === "Linux" },
        }),
    },
    azurerm_linux_function_app: {
        resourceType: "Microsoft.Web/sites",
        ...WEB,
        located: true,
        body: (a, ctx) => ({
            kind: "functionapp,linux",
            properties: defined({
                serverFarmId: ctx.ref(a["service_plan"]),
                httpsOnly: a["https_only"],
                siteConfig: {
                    appSettings: [
                        { name: "FUNCTIONS_EXTENSION_VERSION", value: ctx.literal(a["functions_extension_version"]) },
                        // Identity-based storage: the template names the account and holds no key.
                        { name: "AzureWebJobsStorage__accountName", value: ctx.literal(a["storage_account_name"]) },
                    ],
                },
            }),
        }),
    },
};
