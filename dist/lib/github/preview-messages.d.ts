export type PreviewEnd = "closed" | "merged" | "expired" | "pr-gone";
export declare const previewsOff: () => string;
export declare function notPreviewable(environment: string, allowed: readonly string[]): string;
export declare const previewNeedsPullRequest: () => string;
export declare const previewOnClosedPullRequest: () => string;
export declare function previewNameTaken(name: string): string;
/** Why a preview plan is held back: its cost is over `previews.max_monthly_cost`, or unknown. */
export declare function previewOverCap(name: string, monthlyAfter: number, cap: number, unknownPrices: number): string;
export declare const previewAppliesNow: (name: string, parent: string) => string;
export declare function previewDestroyed(name: string, end: PreviewEnd, applyMarkdown: string | null): string;
export declare function previewDestroyFailed(name: string, end: PreviewEnd, reason: string): string;
