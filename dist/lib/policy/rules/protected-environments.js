import { z } from "zod";
import { defineRule } from "../rule.js";
import { because } from "./replace-reasons.js";
export const protectedEnvironments = defineRule({
    id: "protected_environments",
    description: "In a protected environment (listed here, or protected: true in its spec) nothing may be deleted or replaced.",
    enabledByDefault: true,
    // `environments` here names the protected environments. It takes the place of the common
    // environment filter for this rule: an environment filter would stop the rule from seeing
    // `protected: true` in the specs of environments outside the filter.
    options: z.strictObject({ environments: z.array(z.string().min(1)).default(() => []) }),
    evaluate(ctx, { environments }) {
        const name = ctx.spec.environment;
        const why = environments.includes(name)
            ? "listed in policies.protected_environments"
            : ctx.spec.protected === true
                ? "protected: true in its spec"
                : undefined;
        if (!why)
            return [];
        const findings = [];
        for (const change of ctx.changes) {
            if (change.action === "delete") {
                findings.push({
                    address: change.address,
                    message: `Environment "${name}" is protected (${why}), so ${change.address} may not be deleted; keep it in the spec, or lift the protection in a separate, reviewed change.`,
                });
            }
            else if (change.action === "replace") {
                findings.push({
                    address: change.address,
                    message: `Environment "${name}" is protected (${why}), so ${change.address} may not be replaced${because(change.replaceReasons)}; make a change that can be applied in place, or lift the protection in a separate, reviewed change.`,
                });
            }
        }
        return findings;
    },
    passMessage: (ctx, { environments }) => environments.includes(ctx.spec.environment) || ctx.spec.protected === true
        ? `Environment "${ctx.spec.environment}" is protected and nothing in it is deleted or replaced.`
        : `Environment "${ctx.spec.environment}" is not protected.`,
});
