import type { Plan } from "../plan/model.js";
import type { Output } from "./output.js";
/**
 * Writes the whole comment, unsplit: the poster decides what its host accepts, and a plan cut into
 * parts would need a marker scheme the poster does not have. Redacted like everything leaving.
 */
export declare function writePlanMarkdown(path: string, plan: Plan, out: Output): Promise<void>;
