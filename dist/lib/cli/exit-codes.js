/** Exit codes of the `plagentic` command, documented in the README. */
export const EXIT = {
    /** Success; with --detailed-exitcode, success and nothing to change. */
    ok: 0,
    /** Bad input, a refusal (stale plan, policy failure, no confirmation) or an unknown name. */
    error: 1,
    /** With --detailed-exitcode: success, and there are changes (plan) or drift (drift). */
    changes: 2,
    /** Apply ran and at least one resource failed or was skipped; plan again to see what is left. */
    applyFailed: 3,
    /** A bug in plagentic (an unexpected exception). */
    internal: 70,
};
