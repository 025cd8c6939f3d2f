export const REVIEW_FORMAT_VERSION = 1;
/** Shown in place of a value Terraform will only know after apply; never a guess. */
export const UNKNOWN_VALUE = "(known after apply)";
/** Shown in place of a value Terraform marks sensitive; the value itself never leaves. */
export const SENSITIVE_VALUE = "(sensitive value)";
