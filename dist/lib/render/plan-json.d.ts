/** The plan as JSON. The plan's own shape is the format, so `--json` consumers and the hash agree. */
import type { Plan } from "../plan/model.js";
export declare function renderPlanJson(plan: Plan): string;
