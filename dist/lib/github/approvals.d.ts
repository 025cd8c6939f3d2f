import type { AccessRequirement } from "./authz.js";
import type { Permission, Review } from "./client.js";
export interface ApprovalInput {
    reviews: Review[];
    headSha: string;
    requester: string;
    /** Logins that pushed, authored or committed a commit of the pull request. */
    pushers?: readonly string[];
    required: number;
    /** Login → permission, for at least the users `neededPermissions` returns. */
    permissions: Record<string, Permission>;
    requirement?: AccessRequirement;
    /** Login → team slug → member. */
    teamMembership: Record<string, Record<string, boolean>>;
}
export interface ApprovalVerdict {
    satisfied: boolean;
    /** Logins whose approvals count, in the order they first reviewed. */
    approvedBy: string[];
    /** Every latest approval that did not count, and why (a phrase that follows the login). */
    ignored: {
        user: string;
        reason: string;
    }[];
    /** Logins with outstanding changes requested. */
    blockedBy: string[];
    /** Approvals still needed. */
    missing: number;
    /** One line, e.g. "1 of 2 approvals; @bob requested changes". */
    summary: string;
}
/**
 * The users whose permission (and team membership) `evaluateApprovals` needs, so the caller fetches
 * only those: everyone whose latest deciding review approves or requests changes.
 */
export declare function neededPermissions(reviews: Review[]): string[];
export declare function evaluateApprovals(input: ApprovalInput): ApprovalVerdict;
