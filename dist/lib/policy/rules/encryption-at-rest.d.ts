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
export declare const encryptionAtRest: import("../rule.js").RuleDef<"encryption_at_rest", {
    undeclared: z.ZodDefault<z.ZodEnum<{
        warn: "warn";
        fail: "fail";
    }>>;
}>;
