import type { SpecLimits } from "../spec/limits.js";
export declare const PREVIEW_OF_TAG = "plagentic-preview-of";
export declare const PREVIEW_PR_TAG = "plagentic-pull-request";
export interface PreviewSpec {
    name: string;
    /** Where the text came from, for messages: the parent's file, marked as the preview's. */
    file: string;
    text: string;
}
/** `staging` and 7 → `staging-pr-7`, or an error when that is no valid environment name. */
export declare function previewName(parent: string, pr: number): string;
/** The parent and pull request a preview name stands for, or null for any other name. */
export declare function parsePreviewName(name: string): {
    parent: string;
    pr: number;
} | null;
/**
 * The preview's spec text. Validates the parent first, so a broken parent spec is reported against
 * its own file and lines; throws a SpecError naming the field when an address space cannot move.
 */
export declare function derivePreviewSpec(parent: {
    name: string;
    file: string;
    text: string;
}, pr: number, limits?: Partial<SpecLimits>): PreviewSpec;
