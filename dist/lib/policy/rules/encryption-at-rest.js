/**
 * encryption_at_rest (on by default, fail): storage is encrypted at rest.
 *
 * - `aws_db_instance.storage_encrypted` (Checkov CKV_AWS_16)
 * - `aws_ebs_volume.encrypted` (Checkov CKV_AWS_3)
 * - `aws_instance.root_block_device.encrypted` (Checkov CKV_AWS_8). An instance that declares no
 *   root_block_device leaves encryption to the AMI and the account's EBS default, which the spec
 *   cannot show: that warns unless `undeclared: fail`.
 *
 * GCP and Azure encrypt persistent disks, Cloud SQL, managed disks and Azure SQL at rest whatever
 * the spec says, and their types model no attribute that turns it off (customer-managed keys are
 * not modelled), so there is nothing to check there.
 *
 * Encryption is chosen when storage is created. A resource the plan creates or replaces, or whose
 * encryption setting it changes, is judged at the rule's level; one it leaves alone only warns,
 * since the fix is to rebuild it.
 */
import { z } from "zod";
import { asObject } from "../attributes.js";
import { finding, plannedChanges } from "../planned.js";
import { defineRule } from "../rule.js";
const checks = {
    aws_db_instance: {
        attribute: "storage_encrypted",
        read: (a) => a.storage_encrypted === true
            ? { state: "encrypted" }
            : {
                state: "unencrypted",
                problem: "stores its data unencrypted (storage_encrypted is not true)",
                fix: "set storage_encrypted: true",
            },
    },
    aws_ebs_volume: {
        attribute: "encrypted",
        read: (a) => a.encrypted === true
            ? { state: "encrypted" }
            : {
                state: "unencrypted",
                problem: "is an unencrypted EBS volume (encrypted is not true)",
                fix: "set encrypted: true",
            },
    },
    aws_instance: {
        attribute: "root_block_device",
        read: (a) => {
            const root = asObject(a.root_block_device);
            if (!root) {
                return {
                    state: "undeclared",
                    problem: "does not say whether its root volume is encrypted (no root_block_device), so the AMI and the account's EBS default decide",
                    fix: "declare root_block_device with encrypted: true, volume_type and volume_size (so it is also priced)",
                };
            }
            return root.encrypted === true
                ? { state: "encrypted" }
                : {
                    state: "unencrypted",
                    problem: "has an unencrypted root volume (root_block_device.encrypted is not true)",
                    fix: "set root_block_device.encrypted: true",
                };
        },
    },
};
export const encryptionAtRest = defineRule({
    id: "encryption_at_rest",
    description: "Databases, volumes and instance root volumes that the plan creates must be encrypted at rest (storage_encrypted, encrypted, root_block_device.encrypted).",
    enabledByDefault: true,
    options: z.strictObject({
        /** An instance without root_block_device: `warn` (default) or judge it at the rule's level. */
        undeclared: z.enum(["warn", "fail"]).default("warn"),
    }),
    evaluate(ctx, { undeclared }) {
        const planned = plannedChanges(ctx);
        const findings = [];
        for (const resource of ctx.desired) {
            const check = checks[resource.type];
            if (!check)
                continue;
            const reading = check.read(resource.attributes);
            if (reading.state === "encrypted")
                continue;
            const change = planned.get(resource.address);
            const built = change?.action === "create" ||
                change?.action === "replace" ||
                (change?.changedAttributes.includes(check.attribute) ?? false);
            const judged = built && (reading.state === "unencrypted" || undeclared === "fail");
            const later = built
                ? ""
                : "; encryption is chosen when storage is created, so this warns until it is replaced";
            findings.push(finding(resource.address, `${resource.address} ${reading.problem}; ${reading.fix}${later}.`, judged));
        }
        return findings;
    },
    passMessage: () => "Every database, volume and instance root volume is encrypted at rest.",
});
