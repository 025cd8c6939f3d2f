/**
 * database_deletion_protection (on by default, warn): databases keep the guards against losing
 * their data to one mistaken delete, outside Plagentic as well as through it.
 *
 * - `aws_db_instance.deletion_protection` is true (Checkov CKV_AWS_293).
 * - `aws_db_instance.skip_final_snapshot` is not true, so a deletion still leaves a snapshot.
 * - `google_sql_database_instance.deletion_protection` is not turned off.
 *
 * A warning by default: short-lived environments that are torn down on purpose legitimately skip
 * both. `level: fail` enforces it for what the plan creates or changes (see planned.ts); Plagentic's
 * own guard is `protected: true`, enforced by protected_resources.
 */
import { z } from "zod";
import { finding, plannedChanges } from "../planned.js";
import { defineRule } from "../rule.js";
/** What is missing, each as "problem" and "fix". */
function gaps(type, a) {
    const found = [];
    if (type === "aws_db_instance") {
        if (a.deletion_protection !== true)
            found.push(["has no deletion protection", "set deletion_protection: true"]);
        if (a.skip_final_snapshot === true)
            found.push(["would be deleted without a final snapshot", "set skip_final_snapshot: false"]);
    }
    else if (type === "google_sql_database_instance" && a.deletion_protection === false) {
        found.push(["has deletion protection turned off", "set deletion_protection: true"]);
    }
    return found;
}
export const databaseDeletionProtection = defineRule({
    id: "database_deletion_protection",
    description: "Databases should have deletion protection on and keep a final snapshot (deletion_protection, skip_final_snapshot).",
    enabledByDefault: true,
    defaultLevel: "warn",
    options: z.strictObject({}),
    evaluate(ctx) {
        const planned = plannedChanges(ctx);
        const findings = [];
        for (const resource of ctx.desired) {
            const missing = gaps(resource.type, resource.attributes);
            if (missing.length === 0)
                continue;
            const problems = missing.map(([problem]) => problem).join(" and ");
            const fixes = missing.map(([, fix]) => fix).join(" and ");
            const message = `${resource.address} ${problems}; ${fixes}, unless the environment is meant to be thrown away.`;
            findings.push(finding(resource.address, message, planned.has(resource.address)));
        }
        return findings;
    },
    passMessage: () => "Every database has deletion protection and keeps a final snapshot.",
});
