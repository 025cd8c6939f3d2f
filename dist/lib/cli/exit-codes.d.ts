/** Exit codes of the `plagentic` command, documented in the README. */
export declare const EXIT: {
    /** Success; with --detailed-exitcode, success and nothing to change. */
    readonly ok: 0;
    /** Bad input, a refusal (stale plan, policy failure, no confirmation) or an unknown name. */
    readonly error: 1;
    /** With --detailed-exitcode: success, and there are changes (plan) or drift (drift). */
    readonly changes: 2;
    /** Apply ran and at least one resource failed or was skipped; plan again to see what is left. */
    readonly applyFailed: 3;
    /** A bug in plagentic (an unexpected exception). */
    readonly internal: 70;
};
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
