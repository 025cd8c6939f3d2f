import { canonicalId } from "./names.js";
/** Optional properties Azure fills in when the spec leaves them out (recorded at create). */
const PLACED = ["location", "resource_group"];
export const OMITTABLE = {
    azurerm_resource_group: ["location"],
    azurerm_virtual_network: PLACED,
    azurerm_network_security_group: PLACED,
    azurerm_public_ip: PLACED,
    azurerm_network_interface: PLACED,
    azurerm_linux_virtual_machine: [...PLACED, "os_disk.disk_size_gb"],
    azurerm_managed_disk: [...PLACED, "disk_size_gb"],
    azurerm_kubernetes_cluster: [...PLACED, "kubernetes_version"],
    azurerm_mssql_server: [
        ...PLACED,
        "administrator_login",
        "azuread_administrator",
        "azuread_administrator.tenant_id",
    ],
    azurerm_mssql_database: ["max_size_gb", "license_type"],
    azurerm_service_plan: PLACED,
    azurerm_linux_function_app: PLACED,
};
const obj = (v) => v !== null && typeof v === "object" && !Array.isArray(v) ? v : {};
const s = (v) => (typeof v === "string" ? v : undefined);
const list = (v) => (Array.isArray(v) ? v.map(String) : []);
const sub = (id) => (id === undefined ? undefined : { id });
// ---- virtual networks and subnets
export function virtualNetworkBody(location, attrs, tags) {
    return {
        location,
        tags,
        addressSpace: { addressPrefixes: list(attrs["address_space"]) },
        dhcpOptions: { dnsServers: list(attrs["dns_servers"]) },
    };
}
export function virtualNetworkAttributes(v) {
    return {
        location: v.location ?? "",
        address_space: [...(v.addressSpace?.addressPrefixes ?? [])],
        dns_servers: [...(v.dhcpOptions?.dnsServers ?? [])],
    };
}
export function subnetBody(attrs) {
    const nsg = s(attrs["network_security_group"]);
    return {
        addressPrefixes: list(attrs["address_prefixes"]),
        ...(nsg && { networkSecurityGroup: { id: nsg } }),
    };
}
export function subnetAttributes(sn, vnetId) {
    const prefixes = sn.addressPrefixes?.length
        ? sn.addressPrefixes
        : sn.addressPrefix
            ? [sn.addressPrefix]
            : [];
    return {
        virtual_network: canonicalId(vnetId),
        address_prefixes: [...prefixes],
        ...(sn.networkSecurityGroup?.id && { network_security_group: canonicalId(sn.networkSecurityGroup.id) }),
    };
}
// ---- network security groups
const RULE_FIELDS = [
    ["source_port_range", "sourcePortRange"],
    ["destination_port_range", "destinationPortRange"],
    ["source_address_prefix", "sourceAddressPrefix"],
    ["destination_address_prefix", "destinationAddressPrefix"],
];
export function securityGroupBody(location, attrs, tags) {
    const rules = Array.isArray(attrs["security_rule"]) ? attrs["security_rule"] : [];
    return {
        location,
        tags,
        securityRules: rules.map((r) => {
            const rule = obj(r);
            const out = {
                name: s(rule["name"]) ?? "",
                priority: typeof rule["priority"] === "number" ? rule["priority"] : 0,
                direction: s(rule["direction"]) ?? "Inbound",
                access: s(rule["access"]) ?? "Allow",
                protocol: s(rule["protocol"]) ?? "*",
            };
            for (const [spec, api] of RULE_FIELDS) {
                const v = s(rule[spec]);
                if (v !== undefined)
                    out[api] = v;
            }
            return out;
        }),
    };
}
export function securityGroupAttributes(g) {
    return {
        location: g.location ?? "",
        security_rule: (g.securityRules ?? []).map((r) => {
            const out = {
                name: r.name ?? "",
                priority: r.priority ?? 0,
                direction: r.direction ?? "",
                access: r.access ?? "",
                protocol: r.protocol ?? "",
            };
            for (const [spec, api] of RULE_FIELDS) {
                const v = r[api];
                if (typeof v === "string")
                    out[spec] = v;
            }
            return out;
        }),
    };
}
// ---- public IPs
export function publicIpBody(location, attrs, tags) {
    return {
        location,
        tags,
        publicIPAllocationMethod: s(attrs["allocation_method"]) ?? "Static",
        publicIPAddressVersion: s(attrs["ip_version"]) ?? "IPv4",
        sku: { name: s(attrs["sku"]) ?? "Standard" },
    };
}
export function publicIpAttributes(p) {
    return {
        location: p.location ?? "",
        allocation_method: p.publicIPAllocationMethod ?? "",
        sku: p.sku?.name ?? "Basic",
        ip_version: p.publicIPAddressVersion ?? "IPv4",
    };
}
// ---- network interfaces (one ip_configuration, flattened)
export function networkInterfaceBody(location, attrs, tags) {
    const allocation = s(attrs["private_ip_address_allocation"]) ?? "Dynamic";
    const privateIp = s(attrs["private_ip_address"]);
    const nsg = s(attrs["network_security_group"]);
    return {
        location,
        tags,
        ipConfigurations: [
            {
                name: "internal",
                primary: true,
                subnet: sub(s(attrs["subnet"])),
                privateIPAllocationMethod: allocation,
                ...(privateIp !== undefined && { privateIPAddress: privateIp }),
                ...(s(attrs["public_ip"]) && { publicIPAddress: sub(s(attrs["public_ip"])) }),
            },
        ],
        ...(nsg && { networkSecurityGroup: { id: nsg } }),
    };
}
export function networkInterfaceAttributes(n) {
    const ip = n.ipConfigurations?.find((c) => c.primary) ?? n.ipConfigurations?.[0];
    const allocation = ip?.privateIPAllocationMethod ?? "Dynamic";
    return {
        location: n.location ?? "",
        subnet: canonicalId(ip?.subnet?.id),
        private_ip_address_allocation: allocation,
        // A dynamic address is Azure's choice, not part of the spec.
        ...(allocation === "Static" && ip?.privateIPAddress && { private_ip_address: ip.privateIPAddress }),
        ...(ip?.publicIPAddress?.id && { public_ip: canonicalId(ip.publicIPAddress.id) }),
        ...(n.networkSecurityGroup?.id && { network_security_group: canonicalId(n.networkSecurityGroup.id) }),
    };
}
// ---- Linux virtual machines
export function virtualMachineBody(name, location, attrs, tags) {
    const admin = s(attrs["admin_username"]) ?? "";
    const keys = (Array.isArray(attrs["admin_ssh_key"]) ? attrs["admin_ssh_key"] : []).map(obj);
    const disk = obj(attrs["os_disk"]);
    const image = obj(attrs["source_image_reference"]);
    const nics = list(attrs["network_interfaces"]);
    return {
        location,
        tags,
        hardwareProfile: { vmSize: s(attrs["size"]) ?? "" },
        osProfile: {
            computerName: name,
            adminUsername: admin,
            linuxConfiguration: {
                disablePasswordAuthentication: attrs["disable_password_authentication"] !== false,
                ssh: {
                    publicKeys: keys.map((k) => ({
                        path: `/home/${s(k["username"]) ?? admin}/.ssh/authorized_keys`,
                        keyData: s(k["public_key"]) ?? "",
                    })),
                },
            },
        },
        storageProfile: {
            osDisk: {
                createOption: "FromImage",
                // Azure keeps a detached disk after the VM by default: untagged, it would then keep the
                // environment's resource group from being deleted (container.ts), and cost money.
                deleteOption: "Delete",
                caching: (s(disk["caching"]) ?? "ReadWrite"),
                managedDisk: { storageAccountType: s(disk["storage_account_type"]) ?? "Standard_LRS" },
                ...(typeof disk["disk_size_gb"] === "number" && { diskSizeGB: disk["disk_size_gb"] }),
            },
            ...(Object.keys(image).length > 0 && {
                imageReference: {
                    publisher: s(image["publisher"]) ?? "",
                    offer: s(image["offer"]) ?? "",
                    sku: s(image["sku"]) ?? "",
                    version: s(image["version"]) ?? "",
                },
            }),
        },
        networkProfile: {
            networkInterfaces: nics.map((id, i) => ({ id, primary: i === 0 })),
        },
    };
}
export function virtualMachineAttributes(vm) {
    const os = vm.storageProfile?.osDisk;
    const image = vm.storageProfile?.imageReference;
    const linux = vm.osProfile?.linuxConfiguration;
    const keys = linux?.ssh?.publicKeys ?? [];
    return {
        location: vm.location ?? "",
        size: vm.hardwareProfile?.vmSize ?? "",
        admin_username: vm.osProfile?.adminUsername ?? "",
        ...(keys.length > 0 && {
            admin_ssh_key: keys.map((k) => ({
                username: /^\/home\/([^/]+)\//.exec(k.path ?? "")?.[1] ?? "",
                public_key: k.keyData ?? "",
            })),
        }),
        disable_password_authentication: linux?.disablePasswordAuthentication ?? true,
        network_interfaces: (vm.networkProfile?.networkInterfaces ?? []).map((n) => canonicalId(n.id)),
        os_disk: {
            caching: os?.caching ?? "",
            storage_account_type: os?.managedDisk?.storageAccountType ?? "",
            ...(typeof os?.diskSizeGB === "number" && { disk_size_gb: os.diskSizeGB }),
        },
        ...(image && {
            source_image_reference: {
                publisher: image.publisher ?? "",
                offer: image.offer ?? "",
                sku: image.sku ?? "",
                version: image.version ?? "",
            },
        }),
    };
}
