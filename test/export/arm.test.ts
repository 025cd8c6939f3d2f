/** The ARM export, in process, checked against the documented template shape (arm-structure.ts). */
import { describe, expect, it } from "vitest";
import { armFormat, armLiteral } from "../../src/export/arm.js";
import { parseEnvironment } from "../../src/spec/parse.js";
import { armProblems } from "./arm-structure.js";

const SPEC = `
environment: web
provider: azure
region: eastus
subscription: 00000000-0000-0000-0000-000000000000
resource_group: rg-web
tags: { team: web, note: "[deployment().properties.templateLink.uri]" }
resources:
  - type: azurerm_resource_group
    name: main
    properties: {}
  - type: azurerm_virtual_network
    name: main
    properties: { resource_group: ref(azurerm_resource_group.main), address_space: [10.1.0.0/16] }
  - type: azurerm_network_security_group
    name: web
    properties:
      security_rule:
        - { name: https, priority: 100, direction: Inbound, access: Allow, protocol: Tcp, destination_port_range: "443", source_address_prefix: "*", destination_address_prefix: "*" }
  - type: azurerm_subnet
    name: a
    properties:
      virtual_network: ref(azurerm_virtual_network.main)
      address_prefixes: [10.1.1.0/24]
      network_security_group: ref(azurerm_network_security_group.web)
  - type: azurerm_public_ip
    name: ip
    count: 2
    properties: { allocation_method: Static }
  - type: azurerm_network_interface
    name: nic
    count: 2
    properties: { subnet: ref(azurerm_subnet.a) }
  - type: azurerm_linux_virtual_machine
    name: vm
    properties:
      size: Standard_B1s
      admin_username: azureuser
      disable_password_authentication: false
      network_interfaces:
        - ref(azurerm_network_interface.nic[0])
        - ref(azurerm_network_interface.nic[1])
      os_disk: { caching: ReadWrite, storage_account_type: Standard_LRS }
      source_image_reference: { publisher: Canonical, offer: ubuntu-24_04-lts, sku: server, version: latest }
  - type: azurerm_mssql_server
    name: sql
    properties: { administrator_login: dbadmin }
  - type: azurerm_mssql_database
    name: db
    properties: { server: ref(azurerm_mssql_server.sql), sku_name: S0 }
`;

type Resource = {
  type: string;
  name: string;
  copy?: { count: number };
  tags?: Record<string, string>;
  dependsOn?: string[];
  properties?: Record<string, unknown>;
};

function template(
  yaml = SPEC,
): { parameters: Record<string, { type: string }>; resources: Resource[] } & Record<string, unknown> {
  return JSON.parse(
    armFormat.render(parseEnvironment(yaml, "environments/web.yaml"), { repository: "octo/web" }),
  );
}

const find = (t: ReturnType<typeof template>, type: string) => t.resources.filter((r) => r.type === type);

describe("arm export", () => {
  it("has the documented template shape: pinned versions, resolvable dependsOn and references, used parameters", () => {
    const t = template();
    expect(armProblems(t)).toEqual([]);
    expect(t.resources.length).toBe(9);
  });

  it("the structure check finds what is wrong", () => {
    const t = template();
    const vm = find(t, "Microsoft.Compute/virtualMachines")[0]!;
    vm.dependsOn = [
      ...(vm.dependsOn ?? []),
      "[resourceId('Microsoft.Network/networkInterfaces', 'web-nic-7')]",
    ];
    (find(t, "Microsoft.Network/publicIPAddresses")[0] as Record<string, unknown>)["apiVersion"] =
      "2020-01-01";
    t.parameters["Unused"] = { type: "string" };
    expect(armProblems(t)).toEqual([
      "Microsoft.Network/publicIPAddresses [concat('web-ip-', copyIndex())]: apiVersion 2020-01-01 is not the pinned 2026-01-01",
      "Microsoft.Compute/virtualMachines web-vm: dependsOn [resourceId('Microsoft.Network/networkInterfaces', 'web-nic-7')] names no resource here",
      "Microsoft.Compute/virtualMachines web-vm: [resourceId('Microsoft.Network/networkInterfaces', 'web-nic-7')] names no resource here",
      "parameter Unused is declared but not used",
    ]);
  });

  it("expresses count through copy, with each copy's address tag", () => {
    const nic = find(template(), "Microsoft.Network/networkInterfaces")[0]!;
    expect(nic.name).toBe("[concat('web-nic-', copyIndex())]");
    expect(nic.copy).toEqual({ name: "AzurermNetworkInterfaceNic", count: 2 });
    expect(nic.tags!["plagentic:address"]).toBe(
      "[concat('azurerm_network_interface.nic[', copyIndex(), ']')]",
    );
  });

  it("references through resourceId() with a dependsOn, and a child is named under its parent", () => {
    const t = template();
    const subnet = find(t, "Microsoft.Network/virtualNetworks/subnets")[0]!;
    expect(subnet.name).toBe("web-main/web-a");
    expect(subnet.dependsOn).toEqual([
      "[resourceId('Microsoft.Network/virtualNetworks', 'web-main')]",
      "[resourceId('Microsoft.Network/networkSecurityGroups', 'web-web')]",
    ]);
    expect(subnet.properties!["networkSecurityGroup"]).toEqual({
      id: "[resourceId('Microsoft.Network/networkSecurityGroups', 'web-web')]",
    });
    const db = find(t, "Microsoft.Sql/servers/databases")[0]!;
    expect(db.name).toBe("web-sql/web-db");
  });

  it("takes secrets as secureString parameters", () => {
    const t = template();
    expect(t.parameters).toEqual({
      AzurermLinuxVirtualMachineVmAdminPassword: { type: "secureString", metadata: expect.any(Object) },
      AzurermMssqlServerSqlAdministratorLoginPassword: { type: "secureString", metadata: expect.any(Object) },
    });
    const sql = find(t, "Microsoft.Sql/servers")[0]!;
    expect(sql.properties!["administratorLoginPassword"]).toBe(
      "[parameters('AzurermMssqlServerSqlAdministratorLoginPassword')]",
    );
  });

  it("tags the resource group it deploys into, and escapes text ARM would evaluate", () => {
    const t = template();
    const group = find(t, "Microsoft.Resources/tags")[0]!;
    expect(group.name).toBe("default");
    expect(group.properties!["tags"]).toMatchObject({
      team: "web",
      "plagentic:address": "azurerm_resource_group.main",
    });
    expect(find(t, "Microsoft.Network/virtualNetworks")[0]!.tags!["note"]).toBe(
      "[[deployment().properties.templateLink.uri]",
    );
    expect(armLiteral("[x]")).toBe("[[x]");
    expect(armLiteral("[x")).toBe("[x");
  });

  it("refuses a type ARM cannot deploy, and a second resource group", () => {
    const aws =
      SPEC.replace("provider: azure", "provider: sandbox") +
      "  - { type: aws_vpc, name: v, properties: { cidr_block: 10.0.0.0/16 } }\n";
    expect(() => template(aws)).toThrow(
      /aws_vpc\.v: arm export cannot express resource type aws_vpc \(ARM templates deploy Azure resources only\); it supports: azurerm_kubernetes_cluster/,
    );
    const two = SPEC + "  - { type: azurerm_resource_group, name: other, properties: {} }\n";
    expect(() => template(two)).toThrow(/deploys into one resource group/);
  });
});
