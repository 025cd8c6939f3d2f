import { describe, expect, it } from "vitest";
import { evaluatePolicies } from "../../src/policy/evaluate.js";
import { encryptionAtRest } from "../../src/policy/rules/encryption-at-rest.js";
import type { Attributes } from "../../src/spec/model.js";
import { change, context, creating, resource } from "./context.js";

const defaults = encryptionAtRest.options.parse({});
const strict = encryptionAtRest.options.parse({ undeclared: "fail" });

describe("encryption_at_rest: what the plan creates", () => {
  it.each<[string, string, Attributes, ("warn" | undefined)[]]>([
    ["RDS unencrypted", "aws_db_instance.orders", { storage_encrypted: false }, [undefined]],
    ["RDS without the attribute", "aws_db_instance.orders", {}, [undefined]],
    ["RDS encrypted", "aws_db_instance.orders", { storage_encrypted: true }, []],
    [
      "RDS encrypted as text is not true",
      "aws_db_instance.orders",
      { storage_encrypted: "true" },
      [undefined],
    ],
    ["EBS unencrypted", "aws_ebs_volume.data", { encrypted: false }, [undefined]],
    ["EBS encrypted", "aws_ebs_volume.data", { encrypted: true }, []],
    ["root volume encrypted", "aws_instance.web", { root_block_device: { encrypted: true } }, []],
    ["root volume unencrypted", "aws_instance.web", { root_block_device: { encrypted: false } }, [undefined]],
    [
      "root volume declared without encrypted",
      "aws_instance.web",
      { root_block_device: { volume_size: 8 } },
      [undefined],
    ],
    ["no root volume declared", "aws_instance.web", {}, ["warn"]],
    ["GCP persistent disk", "google_compute_disk.data", { size: 10 }, []],
    ["Cloud SQL", "google_sql_database_instance.db", { tier: "db-f1-micro" }, []],
    ["Azure managed disk", "azurerm_managed_disk.data", { storage_account_type: "Standard_LRS" }, []],
    ["Azure SQL database", "azurerm_mssql_database.db", { sku_name: "S0" }, []],
  ])("%s", (_name, address, attributes, levels) => {
    const findings = encryptionAtRest.evaluate(creating(resource(address, attributes)), defaults);
    expect(findings.map((f) => f.level)).toEqual(levels);
    for (const f of findings) expect(f.address).toBe(address);
  });

  it("says what is wrong and how to fix it", () => {
    const messages = (attributes: Attributes, address: string) =>
      encryptionAtRest.evaluate(creating(resource(address, attributes)), defaults).map((f) => f.message);
    expect(messages({ storage_encrypted: false }, "aws_db_instance.orders")).toEqual([
      "aws_db_instance.orders stores its data unencrypted (storage_encrypted is not true); set storage_encrypted: true.",
    ]);
    expect(messages({ encrypted: false }, "aws_ebs_volume.data")).toEqual([
      "aws_ebs_volume.data is an unencrypted EBS volume (encrypted is not true); set encrypted: true.",
    ]);
    expect(messages({}, "aws_instance.web")).toEqual([
      "aws_instance.web does not say whether its root volume is encrypted (no root_block_device), so the AMI and the account's EBS default decide; declare root_block_device with encrypted: true, volume_type and volume_size (so it is also priced).",
    ]);
  });

  it("judges an undeclared root volume at the rule's level with undeclared: fail", () => {
    const findings = encryptionAtRest.evaluate(creating(resource("aws_instance.web", {})), strict);
    expect(findings.map((f) => f.level)).toEqual([undefined]);
  });
});

describe("encryption_at_rest: what the plan does not build", () => {
  const unencrypted = resource("aws_db_instance.orders", { storage_encrypted: false });

  it.each<[string, ReturnType<typeof change>[], ("warn" | undefined)[]]>([
    ["left alone", [], ["warn"]],
    [
      "updated elsewhere",
      [change("aws_db_instance.orders", "update", { changedAttributes: ["multi_az"] })],
      ["warn"],
    ],
    [
      "its encryption changed",
      [change("aws_db_instance.orders", "update", { changedAttributes: ["storage_encrypted"] })],
      [undefined],
    ],
    ["replaced", [change("aws_db_instance.orders", "replace")], [undefined]],
  ])("%s", (_name, changes, levels) => {
    const findings = encryptionAtRest.evaluate(context({ desired: [unencrypted], changes }), defaults);
    expect(findings.map((f) => f.level)).toEqual(levels);
  });

  it("says the warning lasts until the resource is rebuilt", () => {
    const [finding] = encryptionAtRest.evaluate(context({ desired: [unencrypted] }), defaults);
    expect(finding?.message).toBe(
      "aws_db_instance.orders stores its data unencrypted (storage_encrypted is not true); set storage_encrypted: true; encryption is chosen when storage is created, so this warns until it is replaced.",
    );
  });

  it("does not block a plan that leaves an old unencrypted volume alone, even at level fail", () => {
    const report = evaluatePolicies(context({ desired: [unencrypted] }), {
      encryption_at_rest: { level: "fail" },
    });
    expect(report.findings.filter((f) => f.rule === "encryption_at_rest").map((f) => f.level)).toEqual([
      "warn",
    ]);
  });
});

describe("encryption_at_rest: defaults and options", () => {
  it("is on by default and fails a new unencrypted database", () => {
    const report = evaluatePolicies(
      creating(resource("aws_db_instance.orders", { storage_encrypted: false })),
    );
    expect(report.verdict).toBe("fail");
    expect(report.findings.find((f) => f.rule === "encryption_at_rest")?.level).toBe("fail");
  });

  it("takes undeclared: warn or fail, warn by default", () => {
    expect(defaults.undeclared).toBe("warn");
    expect(encryptionAtRest.options.safeParse({ undeclared: "ignore" }).success).toBe(false);
    expect(encryptionAtRest.options.safeParse({ other: 1 }).success).toBe(false);
  });
});
