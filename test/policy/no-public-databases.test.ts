import { describe, expect, it } from "vitest";
import { evaluatePolicies } from "../../src/policy/evaluate.js";
import { noPublicDatabases } from "../../src/policy/rules/no-public-databases.js";
import type { Attributes } from "../../src/spec/model.js";
import { context, creating, resource } from "./context.js";

const defaults = noPublicDatabases.options.parse({});

function check(address: string, attributes: Attributes, options = defaults) {
  return noPublicDatabases.evaluate(creating(resource(address, attributes)), options);
}

const cloudSql = (networks: string[], extra: Attributes = {}): Attributes => ({
  tier: "db-f1-micro",
  authorized_networks: networks.map((value, i) => ({ name: `n${i}`, value })),
  ...extra,
});

describe("no_public_databases", () => {
  it.each<[string, string, Attributes, ("warn" | undefined)[]]>([
    ["RDS publicly accessible", "aws_db_instance.orders", { publicly_accessible: true }, [undefined]],
    ["RDS private", "aws_db_instance.orders", { publicly_accessible: false }, []],
    ["RDS without the attribute", "aws_db_instance.orders", {}, []],
    ["Cloud SQL open to 0.0.0.0/0", "google_sql_database_instance.db", cloudSql(["0.0.0.0/0"]), [undefined]],
    [
      "Cloud SQL open to the /1 halves",
      "google_sql_database_instance.db",
      cloudSql(["0.0.0.0/1", "128.0.0.0/1"]),
      [undefined],
    ],
    [
      "Cloud SQL open to 256 /8s",
      "google_sql_database_instance.db",
      cloudSql(Array.from({ length: 256 }, (_, i) => `${i}.0.0.0/8`)),
      [undefined],
    ],
    ["Cloud SQL open to an office", "google_sql_database_instance.db", cloudSql(["203.0.113.0/24"]), []],
    ["Cloud SQL with no authorized networks", "google_sql_database_instance.db", cloudSql([]), []],
    [
      "Cloud SQL without a public IP",
      "google_sql_database_instance.db",
      cloudSql(["0.0.0.0/0"], { ipv4_enabled: false }),
      [],
    ],
    [
      "Azure SQL with public network access",
      "azurerm_mssql_server.sql",
      { public_network_access_enabled: true },
      ["warn"],
    ],
    ["Azure SQL without", "azurerm_mssql_server.sql", { public_network_access_enabled: false }, []],
    ["not a database", "aws_instance.web", { publicly_accessible: true }, []],
  ])("%s", (_name, address, attributes, levels) => {
    const findings = check(address, attributes);
    expect(findings.map((f) => f.level)).toEqual(levels);
    for (const f of findings) expect(f.address).toBe(address);
  });

  it("names what exposes each database and the way out", () => {
    expect(check("aws_db_instance.orders", { publicly_accessible: true })[0]?.message).toBe(
      "aws_db_instance.orders is publicly accessible (publicly_accessible: true), so RDS gives it a public address; set publicly_accessible: false and reach it from inside the VPC.",
    );
    expect(
      check("google_sql_database_instance.db", cloudSql(["0.0.0.0/1", "128.0.0.0/1", "10.0.0.0/8"]))[0]
        ?.message,
    ).toBe(
      "google_sql_database_instance.db accepts connections on its public IP from 0.0.0.0/1 and 128.0.0.0/1 (together all of the IPv4 internet) (authorized_networks); authorize only your own ranges, or connect through the Cloud SQL Auth Proxy with no authorized networks.",
    );
    expect(check("azurerm_mssql_server.sql", { public_network_access_enabled: true })[0]?.message).toBe(
      "azurerm_mssql_server.sql has public network access enabled, so only its firewall rules (not in this spec) keep the internet out; set public_network_access_enabled: false and connect through a private endpoint.",
    );
  });

  it("judges a database the plan leaves alone too: an exposure is not grandfathered", () => {
    const report = evaluatePolicies(
      context({ desired: [resource("aws_db_instance.orders", { publicly_accessible: true })] }),
    );
    expect(report.verdict).toBe("fail");
  });

  it("fails Azure SQL public network access with public_network_access: fail", () => {
    const options = noPublicDatabases.options.parse({ public_network_access: "fail" });
    expect(
      check("azurerm_mssql_server.sql", { public_network_access_enabled: true }, options)[0]?.level,
    ).toBeUndefined();
  });

  it("takes world_fraction like no_world_open_admin_ports", () => {
    const wholeOnly = noPublicDatabases.options.parse({ world_fraction: 1 });
    expect(check("google_sql_database_instance.db", cloudSql(["0.0.0.0/1"]), wholeOnly)).toEqual([]);
    expect(check("google_sql_database_instance.db", cloudSql(["0.0.0.0/1"]))).toHaveLength(1);
    expect(noPublicDatabases.options.safeParse({ world_fraction: 0 }).success).toBe(false);
    expect(noPublicDatabases.options.safeParse({ public_network_access: "allow" }).success).toBe(false);
  });
});
