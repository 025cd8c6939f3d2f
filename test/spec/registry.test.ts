import { describe, expect, it } from "vitest";
import { estimatorNames, getEstimator } from "../../src/cost/estimator-registry.js";
import type { PropertyDef, PropertySchema, ResourceTypeDef } from "../../src/spec/model.js";
import { getResourceType, resourceTypes } from "../../src/spec/registry.js";

const enumOf = (p: PropertyDef): readonly string[] | undefined => ("enum" in p ? p.enum : undefined);

const REQUIRED: Record<string, string[]> = {
  aws: [
    "aws_vpc",
    "aws_subnet",
    "aws_security_group",
    "aws_internet_gateway",
    "aws_eip",
    "aws_nat_gateway",
    "aws_lb",
    "aws_instance",
    "aws_ebs_volume",
    "aws_eks_cluster",
    "aws_eks_node_group",
    "aws_db_instance",
    "aws_lambda_function",
  ],
  gcp: [
    "google_compute_network",
    "google_compute_subnetwork",
    "google_compute_firewall",
    "google_compute_instance",
    "google_compute_disk",
    "google_container_cluster",
    "google_container_node_pool",
    "google_sql_database_instance",
    "google_cloudfunctions_function",
  ],
  azure: [
    "azurerm_resource_group",
    "azurerm_virtual_network",
    "azurerm_subnet",
    "azurerm_network_security_group",
    "azurerm_public_ip",
    "azurerm_network_interface",
    "azurerm_linux_virtual_machine",
    "azurerm_managed_disk",
    "azurerm_kubernetes_cluster",
    "azurerm_mssql_server",
    "azurerm_mssql_database",
    "azurerm_service_plan",
    "azurerm_linux_function_app",
  ],
};

const PREFIX: Record<string, string> = { aws: "aws_", gcp: "google_", azure: "azurerm_" };

/** The property at a dotted path, descending through object properties. */
function propertyAt(def: ResourceTypeDef, path: string): PropertyDef | undefined {
  let props: Readonly<Record<string, PropertyDef>> | undefined = def.properties;
  let found: PropertyDef | undefined;
  for (const key of path.split(".")) {
    found = props && Object.hasOwn(props, key) ? props[key] : undefined;
    if (!found) return undefined;
    props = found.kind === "object" ? found.properties : undefined;
  }
  return found;
}

/** Every schema in a property tree, with its path. */
function* schemas(
  props: Readonly<Record<string, PropertyDef>>,
  prefix = "",
): Generator<[string, PropertySchema]> {
  for (const [name, def] of Object.entries(props)) yield* walk(def, `${prefix}${name}`);
}
function* walk(schema: PropertySchema, path: string): Generator<[string, PropertySchema]> {
  yield [path, schema];
  if (schema.kind === "list") yield* walk(schema.items, `${path}[]`);
  if (schema.kind === "map") yield* walk(schema.values, `${path}{}`);
  if (schema.kind === "object") yield* schemas(schema.properties, `${path}.`);
}

function shape(def: ResourceTypeDef, path: string): unknown {
  const prop = propertyAt(def, path);
  const strip = (s: PropertySchema): unknown =>
    s.kind === "list"
      ? { list: strip(s.items) }
      : s.kind === "object"
        ? Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, strip(v)]))
        : s.kind;
  return prop ? strip(prop) : undefined;
}

describe("resource type registry", () => {
  const all = resourceTypes();

  it.each(Object.entries(REQUIRED))("has every required %s type", (cloud, types) => {
    const registered = resourceTypes(cloud as "aws").map((d) => d.type);
    expect(registered).toEqual(expect.arrayContaining(types));
    for (const t of registered) expect(t.startsWith(PREFIX[cloud]!)).toBe(true);
  });

  it.each(all.map((d) => [d.type, d] as const))("%s has a valid pricing rule", (_type, def) => {
    const rule = def.pricing;
    switch (rule.kind) {
      case "free":
        break;
      case "compute": {
        const expected = { aws: "aws-ec2", gcp: "gcp-compute", azure: "azure-vm" }[def.cloud];
        expect(rule.catalog).toBe(expected);
        expect(propertyAt(def, rule.sizeProperty)?.kind).toBe("string");
        if (rule.diskProperty) expect(propertyAt(def, rule.diskProperty)?.kind).toBe("object");
        break;
      }
      case "estimator":
        expect(getEstimator(rule.name), `estimator ${rule.name}`).toBeDefined();
        break;
      default:
        throw new Error(`unknown pricing kind in ${def.type}`);
    }
  });

  it.each(all.map((d) => [d.type, d] as const))(
    "%s refers only to registered types of its cloud",
    (_t, def) => {
      for (const [path, schema] of schemas(def.properties)) {
        if (schema.kind !== "ref") continue;
        expect(schema.to.length, path).toBeGreaterThan(0);
        for (const target of schema.to) {
          expect(getResourceType(target), `${def.type}.${path} → ${target}`).toBeDefined();
          expect(getResourceType(target)?.cloud).toBe(def.cloud);
        }
      }
    },
  );

  it.each(all.map((d) => [d.type, d] as const))("%s has consistent property schemas", (_t, def) => {
    for (const [path, schema] of schemas(def.properties)) {
      const prop = schema as PropertyDef;
      const values = enumOf(prop);
      if (values && prop.default !== undefined) expect(values, path).toContain(prop.default);
      if (schema.kind === "string" && schema.pattern) expect(() => new RegExp(schema.pattern!)).not.toThrow();
      if (schema.kind === "number" && typeof prop.default === "number") {
        if (schema.min !== undefined) expect(prop.default).toBeGreaterThanOrEqual(schema.min);
        if (schema.max !== undefined) expect(prop.default).toBeLessThanOrEqual(schema.max);
      }
      if (schema.kind === "boolean" && prop.default !== undefined)
        expect(typeof prop.default).toBe("boolean");
    }
  });

  it("sizeProperty paths exist and name a string property", () => {
    const sized = all.filter((d) => d.sizeProperty !== undefined);
    expect(sized.length).toBeGreaterThanOrEqual(9);
    for (const def of sized) expect(propertyAt(def, def.sizeProperty!)?.kind, def.type).toBe("string");
  });

  it("declares the size properties other modules rely on", () => {
    const expected: Record<string, string> = {
      aws_instance: "instance_type",
      aws_db_instance: "instance_class",
      aws_eks_node_group: "instance_type",
      google_compute_instance: "machine_type",
      google_container_node_pool: "machine_type",
      google_sql_database_instance: "tier",
      azurerm_linux_virtual_machine: "size",
      azurerm_kubernetes_cluster: "default_node_pool.vm_size",
      azurerm_mssql_database: "sku_name",
    };
    for (const [type, path] of Object.entries(expected))
      expect(getResourceType(type)?.sizeProperty, type).toBe(path);
    expect(propertyAt(getResourceType("aws_eks_node_group")!, "instance_type")?.default).toBe("t3.medium");
    expect(shape(getResourceType("aws_eks_node_group")!, "scaling_config")).toEqual({
      desired_size: "number",
      min_size: "number",
      max_size: "number",
    });
    expect(shape(getResourceType("google_container_node_pool")!, "node_count")).toBe("number");
    expect(shape(getResourceType("azurerm_kubernetes_cluster")!, "default_node_pool")).toEqual({
      name: "string",
      vm_size: "string",
      node_count: "number",
    });
  });

  it("keeps the firewall property names the policy engine reads", () => {
    const sg = getResourceType("aws_security_group")!;
    expect(propertyAt(sg, "vpc")).toMatchObject({ kind: "ref", to: ["aws_vpc"] });
    expect(shape(sg, "description")).toBe("string");
    const rule = {
      list: {
        from_port: "number",
        to_port: "number",
        protocol: "string",
        cidr_blocks: { list: "string" },
        ipv6_cidr_blocks: { list: "string" },
        description: "string",
      },
    };
    expect(shape(sg, "ingress")).toEqual(rule);
    expect(shape(sg, "egress")).toEqual(rule);

    const fw = getResourceType("google_compute_firewall")!;
    expect(propertyAt(fw, "network")?.kind).toBe("ref");
    expect(propertyAt(fw, "direction")).toMatchObject({ enum: ["INGRESS", "EGRESS"], default: "INGRESS" });
    expect(shape(fw, "source_ranges")).toEqual({ list: "string" });
    expect(shape(fw, "allow")).toEqual({ list: { protocol: "string", ports: { list: "string" } } });
    expect(shape(fw, "priority")).toBe("number");

    const nsg = getResourceType("azurerm_network_security_group")!;
    expect(shape(nsg, "security_rule")).toEqual({
      list: {
        name: "string",
        priority: "number",
        direction: "string",
        access: "string",
        protocol: "string",
        source_port_range: "string",
        destination_port_range: "string",
        source_address_prefix: "string",
        destination_address_prefix: "string",
      },
    });
    const nsgRule = (
      propertyAt(nsg, "security_rule") as { items: { properties: Record<string, PropertyDef> } }
    ).items.properties;
    expect(enumOf(nsgRule.direction!)).toEqual(["Inbound", "Outbound"]);
    expect(enumOf(nsgRule.access!)).toEqual(["Allow", "Deny"]);
  });

  it("keeps the RDS and Lambda properties and defaults other modules rely on", () => {
    const db = getResourceType("aws_db_instance")!;
    expect(enumOf(propertyAt(db, "engine")!)).toEqual(expect.arrayContaining(["postgres", "mysql"]));
    expect(propertyAt(db, "storage_type")?.default).toBe("gp2");
    expect(propertyAt(db, "multi_az")?.default).toBe(false);
    expect(propertyAt(db, "publicly_accessible")?.default).toBe(false);
    for (const p of ["instance_class", "allocated_storage", "port"])
      expect(propertyAt(db, p), p).toBeDefined();
    const fn = getResourceType("aws_lambda_function")!;
    expect(propertyAt(fn, "memory_size")?.default).toBe(128);
    expect(propertyAt(fn, "architectures")?.default).toEqual(["x86_64"]);
    for (const p of ["runtime", "handler"]) expect(propertyAt(fn, p), p).toBeDefined();
  });

  it("marks as free the networking types that cost nothing", () => {
    const free = [
      "aws_vpc",
      "aws_subnet",
      "aws_security_group",
      "aws_internet_gateway",
      "google_compute_network",
      "google_compute_subnetwork",
      "google_compute_firewall",
      "azurerm_resource_group",
      "azurerm_virtual_network",
      "azurerm_subnet",
      "azurerm_network_security_group",
      "azurerm_network_interface",
    ];
    for (const t of free) expect(getResourceType(t)?.pricing, t).toEqual({ kind: "free" });
    // Public IPs cost money even though the data has no price for them.
    expect(getResourceType("aws_eip")?.pricing.kind).toBe("estimator");
    expect(getResourceType("azurerm_public_ip")?.pricing.kind).toBe("estimator");
  });

  it("every estimator is used by some type", () => {
    const used = new Set(all.flatMap((d) => (d.pricing.kind === "estimator" ? [d.pricing.name] : [])));
    expect(estimatorNames().filter((n) => !used.has(n))).toEqual([]);
  });
});
