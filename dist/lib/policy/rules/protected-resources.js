import { z } from "zod";
import { defineRule } from "../rule.js";
import { because } from "./replace-reasons.js";
export const protectedResources = defineRule({
    id: "protected_resources",
    description: "A resource marked protected: true may not be deleted or replaced.",
    enabledByDefault: true,
    options: z.strictObject({}),
    evaluate(ctx) {
        const protectedAddresses = new Set(ctx.desired.filter((r) => r.protected).map((r) => r.address));
        const findings = [];
        for (const change of ctx.changes) {
            if (change.action !== "delete" && change.action !== "replace")
                continue;
            if (change.protected !== true && !protectedAddresses.has(change.address))
                continue;
            const message = change.action === "delete"
                ? `${change.address} is protected and this plan would delete it; keep it in the spec, or first remove protected: true in a separate, reviewed change.`
                : `${change.address} is protected and this plan would replace it${because(change.replaceReasons)}; revert ${change.replaceReasons?.length ? "that change" : "the change that forces it"}, or first remove protected: true in a separate, reviewed change.`;
            findings.push({ address: change.address, message });
        }
        return findings;
    },
    passMessage: () => "No protected resource is deleted or replaced.",
});
