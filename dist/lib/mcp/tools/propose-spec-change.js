import { z } from "zod";
import { renderPlanJson, renderPlanText } from "../../render/index.js";
import { planProposal, withDiff, writeProposal } from "../../team/proposal.js";
import { draftProposal } from "../planning.js";
import { defineTool, environmentArg, planSchema, specTextArg } from "./types.js";
export const proposeSpecChange = defineTool({
    name: "propose_spec_change",
    title: "Propose a spec change",
    description: "Propose the complete new text of one environment spec: it is validated with the spec parser and the configured limits, and the diff and the resulting plan are returned. The file is written only when the server was started with --allow-write; nothing is ever applied",
    input: {
        environment: environmentArg,
        spec_text: specTextArg,
        explanation: z.string().max(4000).optional().describe("One paragraph: what changes and why"),
    },
    output: {
        file: z.string(),
        diff: z.string(),
        written: z.boolean(),
        plan: planSchema,
    },
    // Writing overwrites the spec file; the same text written twice leaves the same file.
    annotations: (o) => ({
        readOnlyHint: !o.allowWrite,
        destructiveHint: o.allowWrite,
        idempotentHint: true,
        openWorldHint: true,
    }),
    async handler(ctx, { environment, spec_text, explanation }) {
        const draft = await draftProposal(ctx, environment, spec_text, explanation ?? "");
        const { diff, file } = withDiff(draft);
        // Planned before writing: a proposal that cannot be planned is not written either.
        const p = await planProposal(ctx.workspace, draft);
        const written = ctx.options.allowWrite && diff !== "";
        if (written)
            await writeProposal(ctx.workspace, draft, "Read the spec again and propose the edit on top of it.");
        const status = diff === ""
            ? `The proposal is the same as ${file}; nothing to write.`
            : written
                ? `Wrote ${file}. Nothing was applied.`
                : `Not written: this server was started without --allow-write. Save the spec as ${file} yourself, or restart it with plagentic mcp --allow-write.`;
        return {
            text: [status, diff === "" ? "" : `\n${diff}`, renderPlanText(p, { color: false })].join("\n"),
            structured: { file, diff, written, plan: JSON.parse(renderPlanJson(p)) },
        };
    },
});
