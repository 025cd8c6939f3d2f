import { describe, expect, it } from "vitest";
import { z } from "zod";
import { SpecError } from "../../src/spec/errors.js";
import { parseYamlSource, zodIssueToError } from "../../src/spec/yaml-source.js";

const text = `environment: staging
resources:
  - type: aws_instance
    name: web
    properties:
      instance_type: t3.small
`;

describe("parseYamlSource", () => {
  it("locates values and keys by path", () => {
    const src = parseYamlSource(text, "staging.yaml");
    expect(src.locate(["resources", 0, "properties", "instance_type"])).toEqual({
      file: "staging.yaml",
      line: 6,
      column: 22,
    });
    expect(src.locate(["resources", 0, "properties", "instance_type"], { key: true }).line).toBe(6);
    expect(src.locate(["resources", 0, "name"]).line).toBe(4);
  });

  it("falls back to the nearest ancestor for a missing field", () => {
    const src = parseYamlSource(text, "staging.yaml");
    expect(src.locate(["resources", 0, "properties", "ami"]).line).toBe(6);
  });

  it("reports malformed YAML with file, line and column", () => {
    expect(() => parseYamlSource("a: [1, 2\nb: 3\n", "bad.yaml")).toThrow(SpecError);
    try {
      parseYamlSource("environment: staging\nregion: a: b\n", "bad.yaml");
      expect.unreachable();
    } catch (e) {
      expect((e as SpecError).message).toBe(
        "bad.yaml:2:9: invalid YAML: Nested mappings are not allowed in compact mappings",
      );
    }
  });

  it("rejects duplicate keys", () => {
    expect(() => parseYamlSource("a: 1\na: 2\n", "dup.yaml")).toThrow(/dup\.yaml:2/);
  });

  it("turns an unknown key into an error at the key's line", () => {
    const src = parseYamlSource("name: x\nnmae: y\n", "t.yaml");
    const result = z.strictObject({ name: z.string() }).safeParse(src.data);
    expect(result.success).toBe(false);
    if (result.success) return;
    const err = zodIssueToError(src, result.error);
    expect(err.message).toBe('t.yaml:2:1: nmae: unknown field "nmae"');
  });
});
