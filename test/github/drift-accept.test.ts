/**
 * Accepting drift into the spec: what a spec edit can say is written through the YAML document
 * (comments and layout kept, values serialized by the library), and what it cannot is left out
 * with the reason. Also the drift issue's diff lines and definition links.
 */
import { describe, expect, it } from "vitest";
import { consoleLink } from "../../src/github/console-links.js";
import { acceptDrift } from "../../src/github/drift-accept.js";
import { driftDiffLines, renderDriftIssueBody, resourceLines } from "../../src/github/drift-issue-body.js";
import type { DriftReport } from "../../src/plan/model.js";
import { checkedEnvironment } from "../../src/spec/load.js";

const SPEC = `environment: staging
provider: sandbox
region: us-east-1
resources:
  - type: aws_vpc
    name: main # the only network
    properties: { cidr_block: 10.0.0.0/16 }
  - type: aws_subnet
    name: a
    properties: { vpc: ref(aws_vpc.main), cidr_block: 10.0.1.0/24 }
  - type: aws_instance
    name: workers
    count: 2
    properties: { instance_type: t3.small, ami: ami-0abcdef1234567890 }
  - type: aws_instance
    name: web
    properties:
      instance_type: t3.small
      ami: ami-0abcdef1234567890
`;

function report(items: DriftReport["items"]): DriftReport {
  return { environment: "staging", provider: "sandbox", checked: 5, items };
}

describe("acceptDrift", () => {
  it("writes accepted values through the document, keeping comments and flow style", () => {
    const out = acceptDrift(
      SPEC,
      report([
        {
          address: "aws_vpc.main",
          type: "aws_vpc",
          kind: "changed",
          id: "vpc-1",
          differences: [{ attribute: "cidr_block", expected: "10.0.0.0/16", actual: "10.9.0.0/16" }],
        },
        {
          address: "aws_instance.web",
          type: "aws_instance",
          kind: "changed",
          id: "i-1",
          differences: [
            { attribute: "instance_type", expected: "t3.small", actual: "m5.large\n# injected: true" },
          ],
        },
      ]),
    );
    expect(out.text).toContain("name: main # the only network");
    expect(out.text).toContain("properties: { cidr_block: 10.9.0.0/16 }");
    expect(out.accepted).toEqual([
      "aws_instance.web: instance_type t3.small -> " + JSON.stringify("m5.large\n# injected: true"),
      "aws_vpc.main: cidr_block 10.0.0.0/16 -> 10.9.0.0/16",
    ]);
    // A value with a newline is a value, not YAML: it reads back as the same string.
    const env = checkedEnvironment(out.text, "staging.yaml", "staging");
    const web = env.resources.find((r) => r.address === "aws_instance.web")!;
    expect(web.attributes["instance_type"]).toBe("m5.large\n# injected: true");
    expect(env.spec.resources.some((r) => "injected" in r.properties)).toBe(false);
  });

  it("leaves out what a spec edit cannot express, saying why", () => {
    const out = acceptDrift(
      SPEC,
      report([
        { address: "aws_vpc.main", type: "aws_vpc", kind: "missing", differences: [] },
        {
          address: "aws_instance.workers[1]",
          type: "aws_instance",
          kind: "changed",
          id: "i-2",
          differences: [{ attribute: "instance_type", expected: "t3.small", actual: "t3.large" }],
        },
        {
          address: "aws_subnet.a",
          type: "aws_subnet",
          kind: "changed",
          id: "subnet-1",
          differences: [
            { attribute: "vpc", expected: "ref(aws_vpc.main)", actual: "vpc-other" },
            { attribute: "tags", expected: { a: "1" }, actual: { a: "2" } },
          ],
        },
        {
          address: "aws_instance.stray",
          type: "aws_instance",
          kind: "unmanaged",
          id: "i-9",
          differences: [],
        },
      ]),
    );
    expect(out.accepted).toEqual([]);
    expect(out.text).toBe(SPEC);
    expect(out.leftOut).toEqual([
      "aws_instance.stray: unmanaged; adopt it with `import_id` or delete it in the cloud",
      "aws_instance.workers[1]: one instance of a `count` cannot be changed on its own",
      "aws_subnet.a: vpc is a reference to another resource",
      "aws_subnet.a: tags is not a property the spec sets here",
      "aws_vpc.main: removed outside Plagentic, but other resources refer to it",
    ]);
  });

  it("removes a resource deleted outside Plagentic that nothing refers to", () => {
    const out = acceptDrift(
      SPEC,
      report([{ address: "aws_instance.web", type: "aws_instance", kind: "missing", differences: [] }]),
    );
    expect(out.accepted).toEqual(["aws_instance.web: removed (deleted outside Plagentic)"]);
    const env = checkedEnvironment(out.text, "staging.yaml", "staging");
    expect(env.resources.map((r) => r.address)).not.toContain("aws_instance.web");
    expect(out.text).toContain("name: main # the only network");
  });
});

describe("the drift issue's body", () => {
  const drift = report([
    {
      address: "aws_instance.web",
      type: "aws_instance",
      kind: "changed",
      id: "i-1",
      differences: [{ attribute: "instance_type", expected: "t3.small", actual: "t3.large" }],
    },
    { address: "aws_subnet.a", type: "aws_subnet", kind: "missing", differences: [] },
    { address: "aws_instance.stray", type: "aws_instance", kind: "unmanaged", id: "i-9", differences: [] },
  ]);

  it("reads like a Terraform diff: ~ changed, + missing (revert re-creates it), - unmanaged", () => {
    expect(driftDiffLines(drift)).toEqual([
      '~ aws_instance.web ("i-1")',
      '    ~ instance_type = "t3.small" -> "t3.large"',
      "+ aws_subnet.a  # deleted outside Plagentic: revert re-creates it",
      '- aws_instance.stray ("i-9")  # unmanaged: carries this environment\'s tags, not in the spec',
    ]);
  });

  it("links each resource to its definition at the commit, and refuses an environment name the marker cannot hold", () => {
    expect([...resourceLines(SPEC, "environments/staging.yaml")]).toEqual([
      ["aws_vpc.main", 5],
      ["aws_subnet.a", 8],
      ["aws_instance.workers", 11],
      ["aws_instance.web", 15],
    ]);
    const body = renderDriftIssueBody(drift, {
      file: "environments/staging.yaml",
      text: SPEC,
      sha: "a".repeat(40),
      htmlBase: "https://github.com/acme/infra",
    });
    expect(body).toContain(
      `[environments/staging.yaml#L15](https://github.com/acme/infra/blob/${"a".repeat(40)}/environments/staging.yaml#L15)`,
    );
    expect(body).toContain("`aws_instance.stray` (`i-9`): not in `environments/staging.yaml`");
    expect(() =>
      renderDriftIssueBody(
        { ...drift, environment: "x -->" },
        { file: "f", text: SPEC, sha: "b", htmlBase: null },
      ),
    ).toThrow(/cannot name a drift issue/);
  });
});

describe("console links", () => {
  it("link AWS and Azure resources, encode ids, and make no link from an odd region or id", () => {
    expect(consoleLink("aws", "aws_instance", "i-0abc", "us-east-1")).toBe(
      "https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1#InstanceDetails:instanceId=i-0abc",
    );
    expect(consoleLink("aws", "aws_instance", "i-1)](https://evil.example)", "eu-west-2")).not.toMatch(
      /[()\s]/,
    );
    expect(consoleLink("aws", "aws_instance", "i-0abc", "us-east-1/../x")).toBeNull();
    expect(consoleLink("aws", "aws_unknown_type", "x", "us-east-1")).toBeNull();
    expect(
      consoleLink("azure", "azurerm_virtual_network", "/subscriptions/s/resourceGroups/rg/x", "westeurope"),
    ).toBe("https://portal.azure.com/#resource/subscriptions/s/resourceGroups/rg/x");
    expect(
      consoleLink("azure", "azurerm_virtual_network", "/subscriptions/s) [x](y", "westeurope"),
    ).toBeNull();
    expect(consoleLink("sandbox", "aws_instance", "i-0abc", "us-east-1")).toBeNull();
  });
});
