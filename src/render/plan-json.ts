/** The plan as JSON. The plan's own shape is the format, so `--json` consumers and the hash agree. */
import type { Plan } from "../plan/model.js";

export function renderPlanJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
