/**
 * GCE ownership as one mechanism: a marker holds the provider-form tags in full, and labels (where
 * a type has them) are those tags in label form, agreeing with the marker or making it nobody's.
 */
import { describe, expect, it } from "vitest";
import {
  agreedOwnership,
  describeOwned,
  ownershipLabels,
  readDescription,
  repositoryLabel,
} from "../../../src/providers/gcp/ownership.js";
import {
  ownedBy,
  ownershipTags,
  repositoryKey,
  type ProviderTarget,
} from "../../../src/providers/provider.js";

const owner: ProviderTarget = {
  environment: "staging",
  repository: "octo/payments",
  sharedWith: ["octo/reporting"],
  region: "us-central1",
};
const tags = ownershipTags(owner, "google_compute_disk.data");
const labels = ownershipLabels(tags);
const share = `plagentic:share:${repositoryKey("octo/reporting")}`;
const shareLabel = `plagentic-share-${repositoryKey("octo/reporting")}`;

describe("GCE ownership", () => {
  it("writes labels that are the tags in label form", () => {
    expect(labels).toEqual({
      "plagentic-environment": "staging",
      "plagentic-repository": repositoryLabel("octo/payments"),
      [shareLabel]: repositoryLabel("octo/reporting"),
      "plagentic-address": "google_compute_disk-2edata",
    });
  });

  it("reads back the marker it writes", () => {
    const marker = { tags, omitted: ["zone"], description: "data", image: "debian-cloud/debian-12" };
    expect(readDescription(describeOwned(marker))).toEqual(marker);
    for (const text of [
      "",
      "plain text",
      "{not json",
      "[]",
      JSON.stringify({ "plagentic:environment": "staging" }),
    ]) {
      expect(readDescription(text), text).toBeUndefined();
    }
  });

  it.each([
    ["labels that agree", labels, tags],
    ["a share the labels no longer name", { ...labels, [shareLabel]: undefined }, withoutKey(tags, share)],
    ["a share only the labels name", labels, withoutKey(tags, share), withoutKey(tags, share)],
    [
      "another repository's label",
      { ...labels, "plagentic-repository": repositoryLabel("mallory/tools") },
      {},
    ],
    ["no repository label", { ...labels, "plagentic-repository": undefined }, {}],
    ["another environment's label", { ...labels, "plagentic-environment": "prod" }, {}],
    ["another address's label", { ...labels, "plagentic-address": "google_compute_disk-2elogs" }, {}],
    ["no labels at all", {}, {}],
  ])("with %s, counts what both say", (_what, have, expected, marker = tags) => {
    const clean = Object.fromEntries(Object.entries(have).filter(([, v]) => v !== undefined)) as Record<
      string,
      string
    >;
    expect(agreedOwnership(marker, clean)).toEqual(expected);
  });

  it("never throws on a hostile marker, and a hostile marker owns nothing", () => {
    const hostile = {
      "plagentic:environment": "staging",
      "plagentic:repository": "not a repository!",
      "plagentic:address": "x",
    };
    expect(agreedOwnership(hostile, labels)).toEqual({});
    expect(ownershipLabels(hostile)).not.toHaveProperty("plagentic-repository");
  });

  it("a share counts for the repository it names only while both marker and labels say so", () => {
    const reporting = { ...owner, repository: "octo/reporting", sharedWith: [] };
    expect(ownedBy(agreedOwnership(tags, labels), reporting)).toBe(true);
    expect(ownedBy(agreedOwnership(tags, withoutKey(labels, shareLabel)), reporting)).toBe(false);
    expect(ownedBy(agreedOwnership(withoutKey(tags, share), labels), reporting)).toBe(false);
  });
});

function withoutKey<T extends Record<string, string>>(o: T, key: string): Record<string, string> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));
}
