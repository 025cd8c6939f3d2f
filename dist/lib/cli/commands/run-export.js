import { PlagenticError } from "../../spec/errors.js";
import { parseProposal } from "../../team/proposal.js";
import { EXIT } from "../exit-codes.js";
import { writeExport } from "./export.js";
export async function writeProposalExport(ws, out, r, format, opts) {
    if (!r.proposal) {
        throw new PlagenticError(`the run proposed no spec change, so there is nothing to export (${r.kind})`);
    }
    if (r.plan?.policy.verdict === "fail") {
        out.progress(`Not exported: policy fails the proposed change to ${r.proposal.file}.`);
        return EXIT.error;
    }
    const p = r.proposal;
    const env = parseProposal(p.after, p.environment, p.file, ws.config.secrets, p.before, ws.config.limits);
    const text = format.render(env, {
        repository: ws.repository,
        sharedWith: ws.identity(p.environment).sharedWith,
    });
    if (!opts.out) {
        out.print(text);
        return EXIT.ok;
    }
    await writeExport(opts.out, text, { cwd: opts.cwd, env: opts.env, secrets: ws.config.secrets });
    out.progress(`Wrote the proposal for ${p.file} as ${format.name} to ${opts.out}; nothing was applied.`);
    return EXIT.ok;
}
