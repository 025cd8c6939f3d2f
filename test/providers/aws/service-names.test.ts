/**
 * Names and tags of the AWS services beyond EC2: names valid under each API's rules whatever the
 * environment and address, and tags stored in the characters RDS and EKS accept, read back as
 * the rest of Plagentic compares them.
 */
import { describe, expect, it } from "vitest";
import { OWNER_TAG_ADDRESS, OWNER_TAG_ENVIRONMENT } from "../../../src/providers/provider.js";
import { nodegroupId, resourceName, splitNodegroupId } from "../../../src/providers/aws/service-names.js";
import { fromServiceTags, toServiceTags } from "../../../src/providers/aws/service-tags.js";
import { UNSET_TAG } from "../../../src/providers/aws/tags.js";

const RDS_IDENTIFIER = /^[a-z](?!.*--)[a-z0-9-]{0,62}(?<!-)$/;
const EKS_NAME = /^[0-9A-Za-z][A-Za-z0-9_-]*$/;
const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const token = "9f8e7d6c-5b4a-8392-a1b0-c9d8e7f6a5b4";

const op = (environment: string, address: string) => ({
  target: { environment, repository: "octo/payments", region: "us-east-1" },
  address,
  token,
});

describe("resource names", () => {
  it.each([
    ["staging", "aws_db_instance.main", "staging-main-9f8e7d6c"],
    ["prod_eu", "aws_db_instance.orders_db[3]", "prod-eu-orders-db-3-9f8e7d6c"],
    ["2024-test", "aws_db_instance.x", "p-2024-test-x-9f8e7d6c"],
    ["a--b", "aws_db_instance.-weird--name_", "a-b-weird-name-9f8e7d6c"],
    ["e".repeat(63), "aws_db_instance.main", `${"e".repeat(54)}-9f8e7d6c`],
    ["staging", `aws_db_instance.${"n".repeat(80)}[12]`, `staging-${"n".repeat(46)}-9f8e7d6c`],
  ])("%s %s is %s, a valid RDS identifier", (environment, address, expected) => {
    const name = resourceName(op(environment, address), 63);
    expect(name).toBe(expected);
    expect(name).toMatch(RDS_IDENTIFIER);
    expect(name).toMatch(EKS_NAME);
  });

  it("differs between creates of one address (a replacement, an apply after a destroy)", () => {
    const other = { ...op("staging", "aws_eks_cluster.main"), token: "0a1b2c3d-0000-8000-8000-000000000000" };
    expect(resourceName(op("staging", "aws_eks_cluster.main"), 100)).not.toBe(resourceName(other, 100));
  });

  it("does not end in a hyphen when the cut falls on one", () => {
    const name = resourceName(op("abcdefghij", `aws_db_instance.${"x".repeat(42)}-yyyy`), 63);
    expect(name).toMatch(RDS_IDENTIFIER);
  });

  it("splits node group ids only when both halves are EKS names", () => {
    expect(splitNodegroupId(nodegroupId("c-1", "g_2"))).toEqual({ cluster: "c-1", nodegroup: "g_2" });
    for (const bad of ["c", "c:", ":g", "c:g:h", "../c:g", "c:g/../x"])
      expect(splitNodegroupId(bad)).toBeUndefined();
  });
});

describe("tags on RDS and EKS", () => {
  it("stores a counted address and the left-out paths in allowed characters and reads them back", () => {
    const ours = {
      [OWNER_TAG_ENVIRONMENT]: "staging",
      [OWNER_TAG_ADDRESS]: "aws_eks_node_group.workers[10]",
      [UNSET_TAG]: "disk_size,version",
    };
    const stored = toServiceTags(ours);
    expect(stored[OWNER_TAG_ADDRESS]).toBe("aws_eks_node_group.workers.10");
    for (const v of Object.values(stored)) expect(v).toMatch(TAG_VALUE);
    expect(fromServiceTags(stored)).toEqual(ours);
  });

  it("leaves an uncounted address as it is", () => {
    const tags = { [OWNER_TAG_ADDRESS]: "aws_db_instance.main" };
    expect(toServiceTags(tags)).toEqual(tags);
    expect(fromServiceTags(tags)).toEqual(tags);
  });
});
