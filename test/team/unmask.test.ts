/**
 * A model sees secrets masked, so a spec it proposes holds the mask where it kept one. Plagentic
 * puts the real value back where that is unambiguous and refuses the rest: a mask is never
 * written into a spec (hole 7 of the adversarial review: the diff read `"***" -> "***"` and
 * apply would have written `***`).
 */
import { afterEach, describe, expect, it } from "vitest";
import { Workspace } from "../../src/plan/workspace.js";
import { createRedactor, MASK } from "../../src/render/redact.js";
import { LimitError, PlagenticError } from "../../src/spec/errors.js";
import { acceptProposal } from "../../src/team/proposal.js";
import { runTeam } from "../../src/team/run.js";
import { restoreMaskedValues } from "../../src/team/unmask.js";
import { makeProject } from "../helpers/project.js";
import { startFakeOpenAI } from "./helpers/openai-server.js";
import { shippedTeam } from "./helpers/scripted.js";

const SECRET = 'db-pass"word-0123456789';
const redact = createRedactor([SECRET]);

const spec = (note: string, instanceType = "t3.small", extra = "") => `environment: staging
provider: sandbox
region: us-east-1
tags: { team: web }
resources:
  - type: aws_vpc
    name: main
    properties: { cidr_block: 10.0.0.0/16 }
  - type: aws_instance
    name: web
    properties:
      instance_type: ${instanceType}
      ami: ami-0abcdef1234567890
      key_name: ${note}
${extra}`;

const original = spec(JSON.stringify(`export DB=${SECRET}`));
/** The spec as the model was shown it. */
const shown = redact(original);

describe("restoreMaskedValues", () => {
  it("puts the real value back where the model kept a masked one", () => {
    expect(shown).toContain(`key_name: "export DB=${MASK}"`);
    const proposed = shown.replace("t3.small", "t3.large");
    expect(restoreMaskedValues(proposed, original, redact, "environments/staging.yaml")).toBe(
      original.replace("t3.small", "t3.large"),
    );
  });

  it("finds a resource's value by its address, so a resource added before it moves nothing", () => {
    const added = "  - type: aws_s3_bucket\n    name: logs\n    properties: { bucket: logs }\n";
    const proposed = shown.replace("  - type: aws_vpc", added + "  - type: aws_vpc");
    const out = restoreMaskedValues(proposed, original, redact, "f.yaml");
    expect(out).toContain(`key_name: ${JSON.stringify(`export DB=${SECRET}`)}`);
    expect(out).not.toContain(MASK);
  });

  it("restores an unquoted mask, which YAML would read as an alias", () => {
    const plain = spec(`plain-${SECRET.replace('"', "")}`);
    const r = createRedactor([`plain-${SECRET.replace('"', "")}`]);
    expect(r(plain)).toContain(`key_name: ${MASK}\n`);
    expect(restoreMaskedValues(r(plain), plain, r, "f.yaml")).toBe(plain);
  });

  it("refuses a mask where the spec held no secret", () => {
    const proposed = shown.replace("ami: ami-0abcdef1234567890", `ami: "${MASK}"`);
    expect(() => restoreMaskedValues(proposed, original, redact, "f.yaml")).toThrow(
      /f\.yaml: resources\[aws_instance\.web\]\.properties\.ami holds "\*\*\*".*never write "\*\*\*"/,
    );
  });

  it("refuses a masked value moved to another place, or edited around its mask", () => {
    const moved = shown.replace("tags: { team: web }", `tags: { team: web, leak: "export DB=${MASK}" }`);
    expect(() => restoreMaskedValues(moved, original, redact, "f.yaml")).toThrow(/tags\.leak holds/);
    const edited = shown.replace(`"export DB=${MASK}"`, `"export DB=${MASK} && echo hi"`);
    expect(() => restoreMaskedValues(edited, original, redact, "f.yaml")).toThrow(/key_name holds/);
  });

  it("refuses a mask in a comment or a key, which it cannot put back", () => {
    expect(() => restoreMaskedValues(`${shown}# was ${MASK}\n`, original, redact, "f.yaml")).toThrow(
      new RegExp(`f\\.yaml:${shown.split("\n").length}: "\\*\\*\\*" stands for a secret`),
    );
  });

  it("refuses any mask in a new spec, which had nothing masked", () => {
    expect(() => restoreMaskedValues(shown, null, redact, "f.yaml")).toThrow(PlagenticError);
  });

  it("keeps a literal mask that the spec already had and that hides no secret", () => {
    const stars = spec('"***"');
    expect(restoreMaskedValues(stars, stars, redact, "f.yaml")).toBe(stars);
  });
});

describe("acceptProposal", () => {
  const input = { before: original, environment: "staging", file: "environments/staging.yaml" };

  it("accepts a kept secret even when it is one of the config's own", () => {
    const { text, env } = acceptProposal({ ...input, text: shown }, [SECRET], redact);
    expect(text).toBe(original);
    expect(env.resources.find((r) => r.name === "web")?.attributes["key_name"]).toBe(`export DB=${SECRET}`);
  });

  it("refuses a proposal over the size limit before parsing it", () => {
    // Thousands of masks in a huge document: refused by size, with the limit's name, unparsed.
    const text = shown + "# ***\n".repeat(200_000);
    const err = (() => {
      try {
        acceptProposal({ ...input, text, limits: { maxSpecBytes: 65_536 } }, [SECRET], redact);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(LimitError);
    expect((err as LimitError).key).toBe("limits.max_spec_bytes");
  });

  it("refuses a config secret the model wrote itself", () => {
    const text = shown.replace("team: web", `team: "${SECRET}"`);
    expect(() => acceptProposal({ ...input, text }, [SECRET], redact)).toThrow(
      /contains a configured secret/,
    );
  });
});

describe("a team run whose model keeps a masked value", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });

  async function run(proposal: (shownSpec: string) => string) {
    // The model is scripted after it has been shown the spec, so it proposes an edit of what it saw.
    const shownSpec = createRedactor([SECRET])(original);
    const server = await startFakeOpenAI({
      "Infrastructure-Planner": [
        { tools: [{ name: "read_spec", args: { environment: "staging" } }] },
        {
          tools: [
            {
              name: "propose_spec_change",
              args: { environment: "staging", spec_text: proposal(shownSpec), explanation: "Bigger web." },
            },
          ],
        },
        { text: "Proposed." },
      ],
    });
    cleanups.push(() => server.close());
    const p = makeProject({
      config: `environments_dir: environments\nmodels:\n  openai:\n    api_base: "${server.baseURL}"\n    api_key: "\${OPENAI_API_KEY}"\n`,
      envs: { staging: original },
    });
    cleanups.push(() => p.cleanup());
    const env = { OPENAI_API_KEY: "test-key-0123", DB_PASSWORD: SECRET };
    const ws = await Workspace.open({ cwd: p.dir, env });
    cleanups.push(() => ws.close());
    const result = await runTeam({
      team: await shippedTeam("infrastructure-team"),
      task: "make the web instance bigger",
      workspace: ws,
      mode: "plan",
      env,
      checkpointer: null,
      maxProposalAttempts: 1,
    });
    return { result, sent: JSON.stringify(server.requests) };
  }

  it("proposes the real value, so the diff shows only the real change", async () => {
    const { result, sent } = await run((s) => s.replace("t3.small", "t3.large"));
    expect(sent).not.toContain("word-0123456789");
    expect(result.kind).toBe("proposal");
    expect(result.proposal?.after).toBe(original.replace("t3.small", "t3.large"));
    expect(result.proposal?.diff).not.toContain(MASK);
    expect(result.proposal?.diff).toContain("+      instance_type: t3.large");
    const userData = result.plan?.changes.find((c) => c.address === "aws_instance.web")?.after?.attributes[
      "key_name"
    ];
    expect(userData).toBe(`export DB=${SECRET}`);
  });

  it("rejects a proposal that writes the mask where no secret was", async () => {
    const { result } = await run((s) => s.replace("ami: ami-0abcdef1234567890", `ami: "${MASK}"`));
    expect(result.kind).toBe("refused");
    expect(result.message).toMatch(/properties\.ami holds "\*\*\*"/);
    expect(result.proposal).toBeUndefined();
  });
});
