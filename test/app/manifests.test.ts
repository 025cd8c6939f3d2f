import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { APP_EVENTS } from "../../src/app/app.js";

const root = new URL("../../", import.meta.url).pathname;
const read = (f: string) => parse(readFileSync(root + f, "utf8")) as Record<string, unknown>;

describe("manifests", () => {
  it("app.yml subscribes to exactly the events the App handles", () => {
    const app = read("app.yml");
    const handled = [...new Set(APP_EVENTS.map((e) => e.split(".")[0]))].sort();
    expect([...(app["default_events"] as string[])].sort()).toEqual(handled);
  });

  it("action.yml runs the committed bundle on node24 with the documented inputs and outputs", () => {
    const action = read("action.yml");
    expect(action["runs"]).toEqual({ using: "node24", main: "dist/index.js" });
    expect(Object.keys(action["inputs"] as object)).toEqual(
      expect.arrayContaining([
        "github-token",
        "config",
        "team",
        "environment",
        "command",
        "openai-api-key",
        "working-directory",
        "terraform-plan",
      ]),
    );
    expect(Object.keys(action["outputs"] as object).sort()).toEqual([
      "applied",
      "has-changes",
      "monthly-cost-delta",
      "plan-hash",
      "terraform-plan-hash",
    ]);
    // Every input the code reads is declared.
    const code = ["src/action/main.ts", "src/action/run-event.ts"]
      .map((f) => readFileSync(root + f, "utf8"))
      .join("\n");
    for (const m of code.matchAll(/getInput\("([^"]+)"\)/g))
      expect(Object.keys(action["inputs"] as object)).toContain(m[1]);
  });
});
