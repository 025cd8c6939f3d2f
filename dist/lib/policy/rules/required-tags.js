import { z } from "zod";
import { defineRule } from "../rule.js";
import { getResourceType } from "../../spec/registry.js";
export const requiredTags = defineRule({
    id: "required_tags",
    description: "Every taggable resource must carry each listed tag (GCP: label) with a non-empty value.",
    enabledByDefault: false,
    options: z.strictObject({ tags: z.array(z.string().min(1)).min(1) }),
    evaluate(ctx, { tags }) {
        const findings = [];
        for (const resource of ctx.desired) {
            if (getResourceType(resource.type)?.taggable !== true)
                continue;
            // A tag set to "" is as good as absent for cost allocation and ownership lookups.
            const missing = tags.filter((t) => (resource.tags[t] ?? "").trim() === "");
            if (missing.length === 0)
                continue;
            const list = missing.join(", ");
            findings.push({
                address: resource.address,
                message: `${resource.address} is missing ${missing.length === 1 ? "tag" : "tags"} ${list}; add ${missing.length === 1 ? "it" : "them"} under the resource's tags, or under the environment's tags to cover every resource.`,
            });
        }
        return findings;
    },
    passMessage: (_ctx, { tags }) => `Every taggable resource carries ${tags.join(", ")}.`,
});
