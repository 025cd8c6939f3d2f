/**
 * The `policies:` section of config.yaml: one entry per rule id, holding the common settings and
 * the rule's own options side by side:
 *
 *   policies:
 *     max_monthly_cost: { limit: 500, level: warn, environments: [staging] }
 *     no_world_open_admin_ports: { enabled: false }
 *
 * Every object is strict, so a misspelt rule id or option is reported at its path
 * (`policies.max_monthly_cost.limt`) instead of being ignored.
 */
import { z } from "zod";
import { policyRules } from "./registry.js";
const settingsShape = {
    /** Absent means on once the rule is configured. */
    enabled: z.boolean().optional(),
    level: z.enum(["warn", "fail"]).default("fail"),
    environments: z.array(z.string().min(1)).optional(),
};
export const COMMON_SETTINGS = Object.keys(settingsShape);
function listing(keys) {
    return [...keys].sort().join(", ");
}
/** Names what is valid, so a typo can be fixed from the message alone; other issues keep their text. */
function unknownKeysError(kind, owner, valid) {
    return (issue) => {
        if (issue.code !== "unrecognized_keys")
            return undefined;
        const keys = issue.keys.map((k) => `"${k}"`).join(", ");
        const plural = issue.keys.length === 1 ? "" : "s";
        return `unknown ${kind}${plural} ${keys}${owner}; valid ${kind}s: ${listing(valid)}`;
    };
}
function entrySchema(rule) {
    // The rule's own options come last so they win a name clash with a common setting
    // (protected_environments.environments names protected environments, not a filter).
    const level = settingsShape.level.removeDefault().default(rule.defaultLevel ?? "fail");
    const shape = { ...settingsShape, level, ...rule.options.shape };
    return z
        .strictObject(shape, { error: unknownKeysError("option", ` for ${rule.id}`, Object.keys(shape)) })
        .optional();
}
const configShape = Object.fromEntries(policyRules.map((r) => [r.id, entrySchema(r)]));
export const policyConfigSchema = z.strictObject(configShape, {
    error: unknownKeysError("policy rule", "", Object.keys(configShape)),
});
