/**
 * imdsv2_required (on by default, warn): EC2 instances turn off IMDSv1, whose unauthenticated GET
 * lets a server-side request forgery read the instance role's credentials. An instance passes with
 * `metadata_options.http_tokens: required`, or with the metadata service off
 * (`http_endpoint: disabled`). Checkov: CKV_AWS_79.
 *
 * A warning by default because specs written before `metadata_options` existed would otherwise
 * stop planning; `level: fail` enforces it. Instances the plan does not create or change only warn
 * even then (see planned.ts).
 */
import { z } from "zod";
import { asObject, asText } from "../attributes.js";
import { finding, plannedChanges } from "../planned.js";
import { defineRule } from "../rule.js";
export const imdsv2Required = defineRule({
    id: "imdsv2_required",
    description: "EC2 instances must require IMDSv2 (metadata_options.http_tokens: required) or turn the metadata service off.",
    enabledByDefault: true,
    defaultLevel: "warn",
    options: z.strictObject({}),
    evaluate(ctx) {
        const planned = plannedChanges(ctx);
        const findings = [];
        for (const resource of ctx.desired) {
            if (resource.type !== "aws_instance")
                continue;
            const options = asObject(resource.attributes.metadata_options);
            const tokens = asText(options?.http_tokens)?.trim().toLowerCase();
            const endpoint = asText(options?.http_endpoint)?.trim().toLowerCase();
            if (tokens === "required" || endpoint === "disabled")
                continue;
            const why = tokens === undefined
                ? "no metadata_options.http_tokens"
                : `metadata_options.http_tokens is "${tokens}"`;
            const message = `${resource.address} allows IMDSv1 (${why}), so a request forgery in anything it runs can read its role credentials; set metadata_options.http_tokens: required.`;
            findings.push(finding(resource.address, message, planned.has(resource.address)));
        }
        return findings;
    },
    passMessage: () => "Every EC2 instance requires IMDSv2.",
});
