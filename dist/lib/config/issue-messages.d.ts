/**
 * Zod's default messages ("Invalid input: expected number, received string") are written for
 * developers. Config and team files are written by users, so issues are phrased the way the
 * located error line reads: `approvals.required: expected number, received string`.
 */
import type { z } from "zod";
export declare function describeInput(input: unknown): string;
/** Error map for `safeParse(data, { error: userIssueMessage })`; undefined keeps zod's own text. */
export declare function userIssueMessage(issue: z.core.$ZodRawIssue): string | undefined;
