import { describe, expect, it } from "vitest";
import { parsePreviewMessage, previewMessage, type PreviewEntry } from "../../src/github/preview-registry.js";
import { derivePreviewSpec, parsePreviewName, previewName } from "../../src/github/preview-spec.js";
import { SpecError } from "../../src/spec/errors.js";
import { checkedEnvironment } from "../../src/spec/load.js";
import { previewSpec } from "../helpers/previews.js";

const FILE = "environments/staging.yaml";
const derive = (text: string, pr = 7) => derivePreviewSpec({ name: "staging", file: FILE, text }, pr);
const parsed = (text: string, pr = 7) =>
  checkedEnvironment(derive(text, pr).text, "x", `staging-pr-${pr}`).spec;

describe("preview names", () => {
  it("are <env>-pr-<N>, and only such names parse back", () => {
    expect(previewName("staging", 7)).toBe("staging-pr-7");
    expect(parsePreviewName("staging-pr-7")).toEqual({ parent: "staging", pr: 7 });
    expect(parsePreviewName("my-pr-env-pr-12")).toEqual({ parent: "my-pr-env", pr: 12 });
    for (const bad of ["staging", "staging-pr-", "staging-pr-07", "-pr-7", "Staging-pr-7", "staging-pr-7x"])
      expect(parsePreviewName(bad)).toBeNull();
  });

  it("refuse a name that would not be a valid environment name", () => {
    expect(() => previewName("a".repeat(60), 12345)).toThrow(/not a valid environment name/);
    expect(() => previewName("staging", 0)).toThrow();
  });
});

describe("derivePreviewSpec", () => {
  it("renames the environment and explicit names, tags the preview and moves its address space", () => {
    const spec = parsed(previewSpec());
    expect(spec.environment).toBe("staging-pr-7");
    expect(spec.tags).toMatchObject({
      team: "web",
      "plagentic-preview-of": "staging",
      "plagentic-pull-request": "7",
    });
    const byName = Object.fromEntries(spec.resources.map((r) => [`${r.type}.${r.name}`, r]));
    expect(byName["aws_vpc.main"]!.properties["cidr_block"]).toBe("100.71.0.0/16");
    expect(byName["aws_vpc.main"]!.tags?.["Name"]).toBe("main-pr-7");
    expect(byName["aws_subnet.a"]!.properties["cidr_block"]).toBe("100.71.1.0/24");
    const sg = byName["aws_security_group.web"]!.properties;
    // A rule inside the parent's space moves with it; one to the world stays.
    expect(JSON.stringify(sg["ingress"])).toContain("100.71.0.0/16");
    expect(JSON.stringify(sg["egress"])).toContain("0.0.0.0/0");
    // A preview is made to be destroyed.
    expect(byName["aws_db_instance.orders"]!.protected).toBeUndefined();
    expect(byName["aws_db_instance.orders"]!.properties["deletion_protection"]).toBe(false);
  });

  it("keeps comments and never lets the preview adopt what its parent imports", () => {
    const text = `# the parent\n${previewSpec().replace(
      "    name: main\n",
      "    name: main\n    import_id: vpc-0123456789abcdef0\n",
    )}`;
    const out = derive(text).text;
    expect(out).toContain("# the parent");
    expect(out).not.toContain("import_id");
    expect(parsed(text).resources.find((r) => r.type === "aws_vpc")!.import_id).toBeUndefined();
  });

  it("spreads pull requests over 100.64.0.0/10", () => {
    expect(parsed(previewSpec(), 64).resources[0]!.properties["cidr_block"]).toBe("100.64.0.0/16");
    expect(parsed(previewSpec(), 130).resources[0]!.properties["cidr_block"]).toBe("100.66.0.0/16");
  });

  it("refuses a range it cannot move, naming the file, line and field", () => {
    const wide = previewSpec().replace("cidr_block: 10.20.0.0/16", "cidr_block: 10.0.0.0/8");
    expect(() => derive(wide)).toThrow(SpecError);
    expect(() => derive(wide)).toThrow(
      /environments\/staging\.yaml:\d+:\d+: resources\[0\]\.properties\.cidr_block: .*\/8/,
    );
  });

  it("refuses a preview whose range would overlap the parent's", () => {
    const inShared = previewSpec()
      .replace("10.20.0.0/16", "100.71.0.0/16")
      .replace("10.20.1.0/24", "100.71.1.0/24")
      .replace('["10.20.0.0/16"]', '["100.71.0.0/16"]');
    expect(() => derive(inShared)).toThrow(/overlaps staging's address space/);
  });

  it("reports a broken parent spec against the parent's own file", () => {
    expect(() => derive(previewSpec().replace("t3.small", "{ nope"))).toThrow(/environments\/staging\.yaml/);
  });
});

describe("the preview registry's entries", () => {
  const entry: PreviewEntry = {
    pr: 7,
    parent: "staging",
    name: "staging-pr-7",
    createdAt: "2026-12-02T10:00:00.000Z",
    expiresAt: "2026-12-03T10:00:00.000Z",
    headSha: "a".repeat(40),
  };
  const ref = "refs/plagentic/previews/staging-pr-7";

  it("round-trip", () => {
    expect(parsePreviewMessage(ref, previewMessage(entry))).toEqual(entry);
    expect(parsePreviewMessage(ref, previewMessage({ ...entry, expiresAt: null }))?.expiresAt).toBeNull();
  });

  it("are never trusted to name a pull request or environment they do not match", () => {
    const forged = (e: object) => `plagentic preview\n\n${JSON.stringify(e)}`;
    // Another PR's number, or the parent itself, under this ref.
    expect(parsePreviewMessage(ref, forged({ ...entry, pr: 8 }))).toBeNull();
    expect(parsePreviewMessage(ref, forged({ ...entry, name: "staging" }))).toBeNull();
    expect(
      parsePreviewMessage("refs/plagentic/previews/staging", forged({ ...entry, name: "staging" })),
    ).toBeNull();
    expect(parsePreviewMessage(ref, forged({ ...entry, parent: "prod" }))).toBeNull();
    // Under another ref, extra fields, bad values, not JSON at all.
    expect(parsePreviewMessage("refs/plagentic/previews/staging-pr-8", previewMessage(entry))).toBeNull();
    expect(parsePreviewMessage(ref, forged({ ...entry, extra: 1 }))).toBeNull();
    expect(parsePreviewMessage(ref, forged({ ...entry, headSha: "HEAD" }))).toBeNull();
    expect(parsePreviewMessage(ref, forged({ ...entry, expiresAt: "tomorrow" }))).toBeNull();
    expect(parsePreviewMessage(ref, "plagentic preview\n\n{")).toBeNull();
    expect(parsePreviewMessage(ref, JSON.stringify(entry))).toBeNull();
  });
});
