import { readFileSync } from "node:fs";
import { it } from "vitest";
import { renderPlanText, renderPlanMarkdown } from "../../src/render/index.js";
it("peek", () => {
  for (const f of (process.env.PEEK ?? "").split(",")) {
    const plan = JSON.parse(readFileSync(f, "utf8"));
    console.log(renderPlanText(plan, { color: false }));
    console.log("=====MD=====");
    console.log(renderPlanMarkdown(plan, { marker: "plagentic:plan:staging", nextStep: "Approve this PR or comment `/plagentic apply staging`." }).join("\n=====PART=====\n"));
  }
});
