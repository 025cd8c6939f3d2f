/**
 * What a `/plagentic preview <env>` comment asks for, as intent.ts re-reads it at apply time: the
 * preview `<env>-pr-<N>` of this very pull request, never destroyed by it.
 */
import type { PlanIntent } from "./intent.js";
import { previewName } from "./preview-spec.js";

export function previewIntent(
  user: string,
  parent: string | undefined,
  pr: number,
  environment: string,
): PlanIntent {
  let named: string | undefined;
  try {
    named = parent === undefined ? undefined : previewName(parent, pr);
  } catch {
    named = undefined;
  }
  if (named !== environment)
    return { ok: false, reason: "the comment that asked for this plan names another environment" };
  return { ok: true, requester: user, destroy: false };
}
