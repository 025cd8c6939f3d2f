import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { generateId, nameFromAddress, type IdRequest } from "../../../src/providers/sandbox/ids.js";

const request = (type: string, over: Partial<IdRequest> = {}): IdRequest => ({
  type,
  address: `${type}.web[1]`,
  target: { environment: "staging", repository: "octo/payments", region: "eu-west-1" },
  attributes: {},
  referencedParent: () => undefined,
  ...over,
});
const id = (type: string, over: Partial<IdRequest> = {}) => generateId(request(type, over), randomBytes).id;

describe("sandbox ids", () => {
  it.each([
    ["aws_instance", /^i-0[0-9a-f]{16}$/],
    ["aws_vpc", /^vpc-0[0-9a-f]{16}$/],
    ["aws_subnet", /^subnet-0[0-9a-f]{16}$/],
    ["aws_security_group", /^sg-0[0-9a-f]{16}$/],
    ["aws_internet_gateway", /^igw-0[0-9a-f]{16}$/],
    ["aws_eip", /^eipalloc-0[0-9a-f]{16}$/],
    ["aws_nat_gateway", /^nat-0[0-9a-f]{16}$/],
    ["aws_ebs_volume", /^vol-0[0-9a-f]{16}$/],
    ["aws_db_instance", /^db-[A-Z0-9]{26}$/],
    ["aws_cloudwatch_log_group", /^clg-0[0-9a-f]{16}$/],
    [
      "aws_lb",
      /^arn:aws:elasticloadbalancing:eu-west-1:\d{12}:loadbalancer\/app\/staging-web-1\/[0-9a-f]{16}$/,
    ],
    ["aws_eks_cluster", /^arn:aws:eks:eu-west-1:\d{12}:cluster\/staging-web-1$/],
    ["aws_lambda_function", /^arn:aws:lambda:eu-west-1:\d{12}:function:staging-web-1$/],
    ["google_compute_instance", /^[1-9]\d{18}$/],
    ["something_else", /^sbx-0[0-9a-f]{16}$/],
  ])("%s looks like %s", (type, shape) => {
    expect(id(type)).toMatch(shape);
  });

  it("marks random ids as random and name-based ids as by name", () => {
    expect(generateId(request("aws_instance"), randomBytes).byName).toBe(false);
    expect(generateId(request("aws_lb"), randomBytes).byName).toBe(false);
    expect(generateId(request("aws_lambda_function"), randomBytes).byName).toBe(true);
    expect(generateId(request("azurerm_virtual_network"), randomBytes).byName).toBe(true);
  });

  it("uses a given function name for the ARN", () => {
    expect(id("aws_lambda_function", { attributes: { function_name: "resize" } })).toMatch(
      /:function:resize$/,
    );
  });

  it("builds Azure resource ids from the target and the address", () => {
    expect(id("azurerm_linux_virtual_machine")).toBe(
      "/subscriptions/sandbox/resourceGroups/sandbox/providers/Microsoft.Compute/virtualMachines/staging-web-1",
    );
    const target = {
      environment: "prod",
      repository: "octo/payments",
      region: "westeurope",
      subscription: "0000-1111",
      resourceGroup: "rg-prod",
    };
    expect(id("azurerm_virtual_network", { target, address: "azurerm_virtual_network.main" })).toBe(
      "/subscriptions/0000-1111/resourceGroups/rg-prod/providers/Microsoft.Network/virtualNetworks/main",
    );
    expect(id("azurerm_container_registry", { target, address: "azurerm_container_registry.acr" })).toBe(
      "/subscriptions/0000-1111/resourceGroups/rg-prod/providers/Microsoft.Sandbox/containerRegistries/acr",
    );
  });

  it("nests Azure child resources under the parent they reference", () => {
    const vnet = "/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/virtualNetworks/main";
    const subnet = id("azurerm_subnet", {
      address: "azurerm_subnet.app",
      target: { environment: "prod", repository: "octo/payments", region: "westeurope", resourceGroup: "g" },
      referencedParent: (types) => (types.includes("azurerm_virtual_network") ? vnet : undefined),
    });
    expect(subnet).toBe(`${vnet}/subnets/app`);
  });

  it("draws a fresh GCP id each time", () => {
    expect(id("google_compute_instance")).not.toBe(id("google_compute_instance"));
  });

  it("is deterministic given the random bytes", () => {
    const fixed = (n: number) => new Uint8Array(n).fill(0xab);
    expect(generateId(request("aws_instance"), fixed).id).toBe(`i-0${"b".repeat(16)}`);
  });

  it("turns an address into a name", () => {
    expect(nameFromAddress("aws_instance.web[12]")).toBe("web-12");
    expect(nameFromAddress("azurerm_subnet.app")).toBe("app");
  });
});
