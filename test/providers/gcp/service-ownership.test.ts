/** Ownership in labels and description markers for GKE, Cloud SQL and Cloud Functions. */
import { describe, expect, it } from "vitest";
import { ownedAt, ownedBy, ownershipTags } from "../../../src/providers/provider.js";
import { describeOwned } from "../../../src/providers/gcp/ownership.js";
import {
  addressLabels,
  addressOf,
  createLabels,
  ownershipFromLabels,
  ownershipFromMarker,
  tagsOfLabels,
} from "../../../src/providers/gcp/resources/service-ownership.js";
import { target } from "./fixtures.js";

const ADDRESS = "google_sql_database_instance.orders[12]";
const op = (tags: Record<string, string> = {}, t = target) => ({
  target: t,
  address: ADDRESS,
  type: "google_sql_database_instance",
  attributes: {},
  tags,
  token: "t",
});

describe("service ownership labels", () => {
  it("keeps any address whole over as many labels as it needs", () => {
    for (const address of [ADDRESS, `google_cloudfunctions_function.${"x".repeat(100)}`, "a.B-c_d[0]"]) {
      const labels = addressLabels(address);
      expect(Object.values(labels).every((v) => /^[a-z0-9_-]{0,63}$/.test(v))).toBe(true);
      expect(addressOf(labels)).toBe(address);
    }
  });

  it("reads the create's labels back as the ownership tags of the target, shares included", () => {
    const shared = { ...target, sharedWith: ["octo/web"] };
    const labels = createLabels(op({ team: "payments" }, shared));
    expect(tagsOfLabels(labels)).toEqual({ team: "payments" });
    expect(ownedAt(ownershipFromLabels(labels, target), target, ADDRESS)).toBe(true);
    const web = { ...target, repository: "octo/web" };
    expect(ownedBy(ownershipFromLabels(labels, web), web)).toBe(true);
    const stranger = { ...target, repository: "octo/stranger" };
    expect(ownedBy(ownershipFromLabels(labels, stranger), stranger)).toBe(false);
    expect(
      ownedBy(ownershipFromLabels(labels, { ...target, environment: "prod" }), {
        ...target,
        environment: "prod",
      }),
    ).toBe(false);
  });

  it("never lets a spec write or hide a plagentic- label", () => {
    expect(() => createLabels(op({ "plagentic-repository": "x" }))).toThrow(/plagentic/);
    expect(() => createLabels(op({ Team: "x" }))).toThrow(/label/);
  });

  it("takes the identity from the description only when the labels agree with it", () => {
    const labels = createLabels(op());
    const marker = describeOwned({ tags: ownershipTags(target, ADDRESS), omitted: [] });
    expect(ownershipFromMarker(marker, labels, target)).toEqual(ownershipTags(target, ADDRESS));
    const forged = describeOwned({
      tags: ownershipTags({ ...target, repository: "octo/other" }, ADDRESS),
      omitted: [],
    });
    expect(ownershipFromMarker(forged, labels, target)).toEqual({});
    expect(ownershipFromMarker(marker, { ...labels, "plagentic-address": "elsewhere" }, target)).toEqual({});
    expect(ownershipFromMarker("not json", labels, target)).toEqual({});
  });
});
