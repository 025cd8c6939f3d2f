import { describe, expect, it } from "vitest";
import type { Change, Plan } from "../../src/plan/model.js";
import { renderPlanJson, renderPlanText } from "../../src/render/index.js";
import { loadPlan } from "./plans.js";

const ESC = "\u001b[";

function change(plan: Plan, address: string): Change {
  const c = plan.changes.find((x) => x.address === address);
  if (!c) throw new Error(`no change ${address}`);
  return c;
}

/** The block of lines for one resource, from its header to its closing brace. */
function block(text: string, address: string): string {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`  # ${address} `));
  expect(start).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && l === "    }");
  return lines.slice(start, end + 1).join("\n");
}

describe("renderPlanText", () => {
  const plan = loadPlan("mixed");
  const text = renderPlanText(plan, { color: false });

  it("prints the planner's summary in Terraform's exact words", () => {
    expect(text).toContain("\nPlan: 3 to add, 1 to change, 2 to destroy.\n");
  });

  it("prints plan.summary as given rather than recounting the changes", () => {
    const other = renderPlanText({ ...plan, summary: { add: 7, change: 0, destroy: 1 } }, { color: false });
    expect(other).toContain("Plan: 7 to add, 0 to change, 1 to destroy.");
  });

  it("renders a create with + markers and nested values", () => {
    expect(block(text, "aws_security_group.web")).toBe(
      [
        "  # aws_security_group.web will be created",
        '  + resource "aws_security_group" "web" {',
        "      + ingress = [",
        "          + {",
        "              + cidr_blocks = [",
        '                  + "0.0.0.0/0",',
        "                ]",
        "              + from_port   = 443",
        '              + protocol    = "tcp"',
        "              + to_port     = 443",
        "            },",
        "        ]",
        '      + name    = "web"',
        "      + tags    = {",
        '          + "plagentic env" = "staging"',
        '          + "team"          = "payments"',
        "        }",
        "    }",
      ].join("\n"),
    );
  });

  it("omits null attributes of a create and shows references unquoted", () => {
    const web = block(text, "aws_instance.web[0]");
    expect(web).toContain('  + resource "aws_instance" "web" {');
    expect(web).toContain("+ subnet                      = ref(aws_subnet.a)");
    expect(web).not.toContain("key_name");
  });

  it("renders an update with ~, the changed attributes only and a count of the rest", () => {
    expect(block(text, "aws_instance.api")).toBe(
      [
        "  # aws_instance.api will be updated in-place",
        '  ~ resource "aws_instance" "api" {',
        '        id                = "i-0123456789abcdef0"',
        '      ~ instance_type     = "t3.small" -> "t3.large"',
        "      ~ root_block_device = {",
        "          ~ volume_size = 20 -> 50",
        "            # (1 unchanged attribute hidden)",
        "        }",
        "      ~ tags              = {",
        '          ~ "owner" = "alice" -> "bob"',
        "            # (1 unchanged element hidden)",
        "        }",
        "        # (4 unchanged attributes hidden)",
        "    }",
      ].join("\n"),
    );
  });

  it("renders a replace with -/+ and marks the attributes that force it", () => {
    const worker = block(text, "aws_instance.worker");
    expect(worker).toContain("  # aws_instance.worker must be replaced");
    expect(worker).toContain('-/+ resource "aws_instance" "worker" {');
    expect(worker).toContain(
      '~ ami = "ami-0aaaaaaaaaaaaaaaa" -> "ami-0bbbbbbbbbbbbbbbb" # forces replacement',
    );
    expect(worker).not.toContain("instance_type");
  });

  it("names a replacement reason that is not an attribute of the resource", () => {
    const p = structuredClone(plan);
    change(p, "aws_instance.worker").replaceReasons = ["ami", "aws_subnet.a"];
    expect(renderPlanText(p, { color: false })).toContain("# (replacement forced by aws_subnet.a)");
  });

  it("renders a delete with - markers and -> null", () => {
    expect(block(text, "aws_instance.old")).toBe(
      [
        "  # aws_instance.old will be destroyed",
        "  # (because it is no longer in the spec)",
        '  - resource "aws_instance" "old" {',
        '      - id            = "i-0999999999999999a" -> null',
        '      - ami           = "ami-0abcdef1234567890" -> null',
        '      - instance_type = "t3.micro" -> null',
        "      - tags          = {",
        '          - "team" = "payments"',
        "        } -> null",
        "    }",
      ].join("\n"),
    );
  });

  it("diffs lists element by element", () => {
    const p = structuredClone(plan);
    const api = change(p, "aws_instance.api");
    api.before!.attributes.security_groups = ["sg-a", "sg-b", "sg-c"];
    api.after!.attributes.security_groups = ["sg-a", "sg-d", "sg-c"];
    const out = block(renderPlanText(p, { color: false }), "aws_instance.api");
    expect(out).toContain(
      [
        "      ~ security_groups   = [",
        "            # (1 unchanged element hidden)",
        '          - "sg-b",',
        '          + "sg-d",',
        "            # (1 unchanged element hidden)",
        "        ]",
      ].join("\n"),
    );
  });

  it("says there is nothing to do for an empty plan", () => {
    const out = renderPlanText(loadPlan("no-changes"), { color: false });
    expect(out).toContain("No changes. Your infrastructure matches the configuration.");
    expect(out).not.toContain("Plan:");
    expect(out).toMatch(/Total +\$1,147\.75 +\$1,147\.75 +\$0\.00/);
  });

  it("tabulates the cost of changed resources with totals and sources", () => {
    expect(text).toMatch(/aws_instance\.api +\$15\.18 +\$60\.74 +\+\$45\.56/);
    expect(text).toMatch(/aws_instance\.web\[0\] +- +\$15\.18 +\+\$15\.18/);
    expect(text).toMatch(/aws_instance\.old +\$7\.59 +- +-\$7\.59/);
    expect(text).toMatch(/Total +\$45\.55 +\$105\.12 +\+\$59\.57/);
    expect(text).toContain("Prices: AWS Price List API (EC2 on-demand, Linux) (as of 2025-06-01)");
  });

  it("lists unknown prices and usage-based components, never as $0", () => {
    const out = renderPlanText(loadPlan("unknown-usage-fail"), { color: false });
    expect(out).toContain(
      "unknown: aws_db_instance.main Database instance (db.x9.mega): no price for db.x9.mega in us-east-1",
    );
    expect(out).toMatch(/aws_db_instance\.main +- +unknown +unknown/);
    expect(out).toContain(
      "depends on usage: $0.20 per 1M requests (aws_lambda_function.thumbnails Requests)",
    );
    expect(out).toContain("depends on usage: $0.0000166667 per GB-second");
    expect(out).toContain("Totals leave out 1 unknown price");
  });

  it("shows the policy verdict and each non-passing finding with rule and address", () => {
    const out = renderPlanText(loadPlan("unknown-usage-fail"), { color: false });
    expect(out).toContain("Policy: FAIL (3 rules evaluated)");
    expect(out).toContain(
      "FAIL  allowed-instance-types aws_db_instance.main: db.x9.mega is not an allowed size",
    );
    expect(out).toContain("WARN  required-tags aws_lambda_function.thumbnails: missing tag team");
    expect(out).not.toContain("within budget");
    expect(text).toContain("Policy: PASS (2 rules evaluated)");
  });

  it("says when the provider cannot apply part of the plan", () => {
    const out = renderPlanText(loadPlan("unknown-usage-fail"), { color: false });
    expect(out).toContain("Cannot apply: the aws provider cannot apply aws_lambda_function.");
  });

  it("has no escape codes without colour, even from hostile strings", () => {
    const p = structuredClone(loadPlan("unknown-usage-fail"));
    p.policy.findings[1]!.message = "bad \u001b[31mred\u001b[0m";
    const out = renderPlanText(p, { color: false });
    expect(out).not.toContain("\u001b");
    expect(out).toContain("bad ␛[31mred");
  });

  it("colours markers and verdicts with colour on", () => {
    const out = renderPlanText(loadPlan("unknown-usage-fail"), { color: true });
    expect(out).toContain(ESC);
    expect(out).toContain(`${ESC}32m+${ESC}39m resource "aws_db_instance" "main" {`);
    expect(out).toContain(`${ESC}31m`);
    const mixed = renderPlanText(plan, { color: true });
    expect(mixed).toContain(`${ESC}33m~${ESC}39m resource "aws_instance" "api" {`);
    expect(mixed).toContain(`${ESC}31m-${ESC}39m/${ESC}32m+${ESC}39m resource "aws_instance" "worker" {`);
  });

  it("reads the same as the plain rendering once escape codes are removed", () => {
    const coloured = renderPlanText(plan, { color: true });
    // eslint-disable-next-line no-control-regex -- stripping escape codes
    expect(coloured.replace(/\u001b\[\d+m/g, "")).toBe(text);
  });
});

describe("renderPlanJson", () => {
  it("is the plan itself, pretty-printed", () => {
    const plan = loadPlan("mixed");
    const json = renderPlanJson(plan);
    expect(json.endsWith("}\n")).toBe(true);
    expect(JSON.parse(json)).toEqual(plan);
    expect(json).toBe(`${JSON.stringify(plan, null, 2)}\n`);
  });
});
