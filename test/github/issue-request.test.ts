import { describe, expect, it } from "vitest";
import { mergeResources, parseStructuredRequest } from "../../src/github/issue-request.js";
import { parseEnvironment } from "../../src/spec/parse.js";

const form = `### Environment

staging

### Resources

\`\`\`yaml
- type: aws_instance
  name: worker
  count: 2
  properties: { instance_type: t3.small, ami: ami-0abcdef1234567890 }
\`\`\`

### Summary

Two workers for the queue.
`;

const spec = `# staging
environment: staging
provider: sandbox
region: us-east-1
resources:
  # the network
  - type: aws_vpc
    name: main
    properties: { cidr_block: 10.0.0.0/16 }
  - type: aws_instance
    name: worker
    properties: { instance_type: t3.micro, ami: ami-0abcdef1234567890 }
`;

describe("structured change requests", () => {
  it("reads an issue form's environment, resources and summary", () => {
    expect(parseStructuredRequest(form)).toEqual({
      environment: "staging",
      resourcesYaml:
        "- type: aws_instance\n  name: worker\n  count: 2\n  properties: { instance_type: t3.small, ami: ami-0abcdef1234567890 }\n",
      summary: "Two workers for the queue.",
    });
  });

  it.each([
    ["plain words", "Please add two workers to staging"],
    ["no resources", "### Environment\n\nstaging\n"],
    ["an empty environment", "### Environment\n\n_No response_\n\n### Resources\n\n- type: x\n"],
  ])("is not a structured request: %s", (_name, body) => {
    expect(parseStructuredRequest(body)).toBeNull();
  });

  it("replaces a resource of the same type and name, adds new ones, and keeps comments", () => {
    const merged = mergeResources(
      spec,
      "- type: aws_instance\n  name: worker\n  count: 2\n  properties: { instance_type: t3.small, ami: ami-0abcdef1234567890 }\n- type: aws_subnet\n  name: a\n  properties: { vpc: ref(aws_vpc.main), cidr_block: 10.0.1.0/24 }\n",
    );
    expect(merged).toContain("# the network");
    const env = parseEnvironment(merged, "staging.yaml");
    expect(env.resources.map((r) => r.address)).toEqual([
      "aws_vpc.main",
      "aws_instance.worker[0]",
      "aws_instance.worker[1]",
      "aws_subnet.a",
    ]);
    expect(env.resources[1]!.attributes["instance_type"]).toBe("t3.small");
  });

  it("refuses resources that are not a list of mappings", () => {
    expect(() => mergeResources(spec, "type: aws_vpc\n")).toThrow(/must be a YAML list/);
    expect(() => mergeResources(spec, "- just a string\n")).toThrow(/must be a mapping/);
    expect(() => mergeResources(spec, "- [unclosed\n")).toThrow(/not valid YAML/);
  });
});
