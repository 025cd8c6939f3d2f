/**
 * What Plagentic says about preview environments. Environment names here have passed
 * ENVIRONMENT_PATTERN (config's list is checked against it before it is quoted), so none can
 * close a code span or read as a marker.
 */
import { formatUsd } from "../cost/money.js";
import { code } from "../render/markdown.js";

export type PreviewEnd = "closed" | "merged" | "expired" | "pr-gone";

export const previewsOff = (): string =>
  "Preview environments are off in this repository. To turn them on, add to `config.yaml` on the default branch:\n\n" +
  "```yaml\npreviews:\n  environments: [staging]   # which environments may be previewed\n  max_monthly_cost: 50      # optional: a preview costing more is not applied\n  ttl_hours: 72             # optional: destroyed after this long\n```";

export function notPreviewable(environment: string, allowed: readonly string[]): string {
  return (
    `${code(environment)} cannot be previewed. Environments that can: ${allowed.map((e) => code(e)).join(", ")} ` +
    "(`previews.environments` in config.yaml on the default branch)."
  );
}

export const previewNeedsPullRequest = (): string =>
  "`/plagentic preview <environment>` works on pull requests; comment it on the PR whose spec you want to try.";

export const previewOnClosedPullRequest = (): string =>
  "This pull request is closed; it can no longer have a preview.";

export function previewNameTaken(name: string): string {
  return `There is an environment spec named ${code(name)} already, so a preview cannot take that name. Rename that environment.`;
}

/** Why a preview plan is held back: its cost is over `previews.max_monthly_cost`, or unknown. */
export function previewOverCap(
  name: string,
  monthlyAfter: number,
  cap: number,
  unknownPrices: number,
): string {
  return unknownPrices > 0
    ? `> ⛔ **Not applied:** ${code(name)} has ${unknownPrices} resource(s) with unknown prices, so its cost cannot be checked against \`previews.max_monthly_cost\` (${formatUsd(cap)} a month).`
    : `> ⛔ **Not applied:** ${code(name)} would cost ${formatUsd(monthlyAfter)} a month, over \`previews.max_monthly_cost\` (${formatUsd(cap)}). Make the preview smaller, or raise the cap in config.yaml on the default branch.`;
}

export const previewAppliesNow = (name: string, parent: string): string =>
  `\`/plagentic preview ${parent}\` applies ${code(name)} right away, as the writer who asks ` +
  "(`previews.require_approval` is off).";

const WHY: Record<PreviewEnd, string> = {
  closed: "this pull request was closed",
  merged: "this pull request was merged",
  expired: "its time to live (`previews.ttl_hours`) ran out",
  "pr-gone": "this pull request is no longer open",
};

export function previewDestroyed(name: string, end: PreviewEnd, applyMarkdown: string | null): string {
  const head = `🧹 Preview ${code(name)} was destroyed: ${WHY[end]}.`;
  return applyMarkdown === null ? `${head} It had no resources left.` : `${head}\n\n${applyMarkdown}`;
}

export function previewDestroyFailed(name: string, end: PreviewEnd, reason: string): string {
  return (
    `❌ Preview ${code(name)} should be destroyed (${WHY[end]}), but that failed: ${reason}. ` +
    "It stays registered, and the next scheduled run tries again."
  );
}
