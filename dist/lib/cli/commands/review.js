import { usageRanges } from "../../cost/index.js";
import { neutralize } from "../../github/neutralize.js";
import { renderTerraformReviewJson, renderTerraformReviewMarkdown, renderTerraformReviewText, } from "../../render/terraform-review.js";
import { PlagenticError } from "../../spec/errors.js";
import { readTerraformPlanFile, reviewTerraformPlanBytes } from "../../terraform/index.js";
import { EXIT } from "../exit-codes.js";
/** Labels go into comments and policy filters: plain names only. */
const LABEL = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export function registerReview(program, ctx) {
    program
        .command("review")
        .description("review a Terraform plan (terraform show -json) for cost and policy; never applies it")
        .requiredOption("--terraform <plan.json>", "the output of `terraform show -json <planfile>`")
        .option("--json", "print the review as JSON")
        .option("--markdown", "print the review as the GitHub comment body")
        .option("--environment <label>", "label for the environment (policy rules limited to environments match it)")
        .option("--region <region>", "region to price in (default: the aws provider's region in the plan)")
        .option("--detailed-exitcode", "exit 0 when the plan changes nothing, 2 when it does")
        .action(ctx.withWorkspace(async (ws, out, flags) => {
        if (flags.json && flags.markdown)
            throw new PlagenticError("choose one of --json and --markdown");
        for (const [name, value] of [
            ["--environment", flags.environment],
            ["--region", flags.region],
        ]) {
            if (value !== undefined && !LABEL.test(value)) {
                throw new PlagenticError(`${name}: expected letters, digits, ".", "_" or "-", got ${JSON.stringify(value)}`);
            }
        }
        const file = flags.terraform;
        const bytes = await readTerraformPlanFile(file);
        const review = reviewTerraformPlanBytes(bytes, {
            file,
            catalog: ws.catalog,
            policies: ws.config.policies,
            usageRanges: usageRanges(ws.config.cost?.usageRanges),
            ...(flags.environment !== undefined && { environment: flags.environment }),
            ...(flags.region !== undefined && { region: flags.region }),
        });
        if (flags.json)
            out.print(renderTerraformReviewJson(review));
        // Addresses and values come from the file: nothing in them may read as a marker or a command.
        else if (flags.markdown)
            out.print(renderTerraformReviewMarkdown(review).map(neutralize).join("\n"));
        else
            out.print(renderTerraformReviewText(review, { color: out.color }));
        if (review.policy.verdict === "fail")
            return EXIT.error;
        return flags.detailedExitcode && review.changes.length > 0 ? EXIT.changes : EXIT.ok;
    }));
}
