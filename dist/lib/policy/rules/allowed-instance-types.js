import { z } from "zod";
import { asText, valuesAtPath } from "../attributes.js";
import { matchesAnyGlob } from "../glob.js";
import { defineRule } from "../rule.js";
import { getResourceType } from "../../spec/registry.js";
export const allowedInstanceTypes = defineRule({
    id: "allowed_instance_types",
    description: "Machine sizes (instance types, VM sizes, DB classes, node pool sizes) of created, updated or replaced resources must match an allowed pattern.",
    enabledByDefault: false,
    options: z.strictObject({ allow: z.array(z.string().min(1)).min(1) }),
    evaluate(ctx, { allow }) {
        // Only resources this plan touches: an untouched legacy size must not block an unrelated change.
        const touched = new Set(ctx.changes.filter((c) => c.action !== "delete").map((c) => c.address));
        const findings = [];
        for (const resource of ctx.desired) {
            if (!touched.has(resource.address))
                continue;
            const sizeProperty = getResourceType(resource.type)?.sizeProperty;
            if (!sizeProperty)
                continue;
            for (const value of valuesAtPath(resource.attributes, sizeProperty)) {
                const size = asText(value);
                if (size === undefined || matchesAnyGlob(size, allow))
                    continue;
                findings.push({
                    address: resource.address,
                    message: `${resource.address} uses ${sizeProperty} "${size}", which is not allowed; choose a size matching ${allow.join(", ")}.`,
                });
            }
        }
        return findings;
    },
    passMessage: () => "Every created or changed resource uses an allowed size.",
});
