/**
 * Terraform mappings of the Azure types (hashicorp/azurerm 4.x). `resource_group` and `location`
 * fall back to the environment's, as the Azure provider does; network security groups on subnets
 * and network interfaces become the association resources azurerm expresses them with.
 */
import { tagsArgument, take } from "./model.js";
const tags = tagsArgument("tags");
/** The resource group and location every regional azurerm resource needs. */
function placed(b, ctx, location = true) {
    const out = { ...b };
    out["resource_group_name"] ??= ctx.resourceGroup;
    if (location)
        out["location"] ??= ctx.region;
    return out;
}
const regional = {
    tags,
    nameArgument: "name",
    rename: { resource_group: "resource_group_name" },
    refAttribute: { resource_group: "name" },
    shape: (b, ctx) => placed(b, ctx),
};
/** Every field of an NSG rule: security_rule is an attribute in JSON syntax. */
function fullRule(r) {
    return {
        description: "",
        source_port_range: null,
        source_port_ranges: [],
        destination_port_range: null,
        destination_port_ranges: [],
        source_address_prefix: null,
        source_address_prefixes: [],
        destination_address_prefix: null,
        destination_address_prefixes: [],
        source_application_security_group_ids: [],
        destination_application_security_group_ids: [],
        ...r,
    };
}
function association(kind, ctx, nsg) {
    if (nsg === undefined)
        return [];
    const own = `\${azurerm_${kind}.${ctx.group.name}${ctx.group.count !== undefined ? "[count.index]" : ""}.id}`;
    return [
        {
            type: `azurerm_${kind}_network_security_group_association`,
            name: ctx.group.name,
            body: {
                ...(ctx.group.count !== undefined && { count: ctx.group.count }),
                [`${kind}_id`]: own,
                network_security_group_id: nsg,
            },
        },
    ];
}
export const azureTerraform = {
    azurerm_resource_group: {
        tags,
        nameArgument: "name",
        shape: (b, ctx) => ({ ...b, location: b["location"] ?? ctx.region }),
    },
    azurerm_virtual_network: regional,
    azurerm_subnet: {
        nameArgument: "name",
        rename: { resource_group: "resource_group_name", virtual_network: "virtual_network_name" },
        refAttribute: { resource_group: "name", virtual_network: "name" },
        shape: (b, ctx) => {
            const { network_security_group: _nsg, ...rest } = b;
            return placed(rest, ctx, false);
        },
        extras: (b, ctx) => association("subnet", ctx, b["network_security_group"]),
    },
    azurerm_network_security_group: {
        ...regional,
        shape: (b, ctx) => ({
            ...placed(b, ctx),
            security_rule: Array.isArray(b["security_rule"])
                ? b["security_rule"].map(fullRule)
                : b["security_rule"],
        }),
    },
    azurerm_public_ip: regional,
    azurerm_network_interface: {
        ...regional,
        shape: (b, ctx) => {
            const ip = take(b, ["subnet", "private_ip_address_allocation", "private_ip_address", "public_ip"]);
            const { network_security_group: _nsg, ...rest } = b;
            return {
                ...placed(rest, ctx),
                ip_configuration: {
                    name: "internal",
                    subnet_id: ip["subnet"],
                    private_ip_address_allocation: ip["private_ip_address_allocation"],
                    ...(ip["private_ip_address"] !== undefined && { private_ip_address: ip["private_ip_address"] }),
                    ...(ip["public_ip"] !== undefined && { public_ip_address_id: ip["public_ip"] }),
                },
            };
        },
        extras: (b, ctx) => association("network_interface", ctx, b["network_security_group"]),
    },
    azurerm_linux_virtual_machine: {
        ...regional,
        rename: { ...regional.rename, network_interfaces: "network_interface_ids" },
    },
    azurerm_managed_disk: regional,
    azurerm_kubernetes_cluster: {
        ...regional,
        // azurerm requires an identity or a service principal; Plagentic's provider creates a system-assigned one.
        shape: (b, ctx) => ({ ...placed(b, ctx), identity: { type: "SystemAssigned" } }),
    },
    azurerm_mssql_server: {
        ...regional,
        shape: (b, ctx) => {
            const out = placed(b, ctx);
            // The password is never in the spec: a sensitive variable (see terraform.ts) supplies it.
            if (b["administrator_login"] !== undefined) {
                out["administrator_login_password"] = ctx.secret("administrator_login_password");
            }
            const ad = out["azuread_administrator"];
            if (ad && b["administrator_login"] === undefined)
                out["azuread_administrator"] = { ...ad, azuread_authentication_only: true };
            return out;
        },
    },
    azurerm_mssql_database: {
        tags,
        nameArgument: "name",
        rename: { server: "server_id" },
    },
    azurerm_service_plan: regional,
    azurerm_linux_function_app: {
        ...regional,
        rename: { ...regional.rename, service_plan: "service_plan_id" },
        shape: (b, ctx) => ({ ...placed(b, ctx), site_config: {} }),
    },
};
