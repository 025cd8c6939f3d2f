import { NotFoundError } from "../spec/errors.js";
import { assertEnvironmentName } from "../team/proposal.js";
import { readSpecText, specFile } from "../team/spec-files.js";
export class ApplyQueue {
    last = Promise.resolve();
    /** Runs `job` after every apply queued before it has ended. */
    run(job) {
        const next = this.last.then(job, job);
        this.last = next.catch(() => undefined);
        return next;
    }
}
/** The spec's current text; an unknown environment is an error naming the valid ones. */
export async function currentSpec(ctx, environment) {
    assertEnvironmentName(environment);
    const text = await readSpecText(ctx.workspace, environment);
    if (text === null) {
        throw new NotFoundError("environment", environment, await ctx.workspace.environmentNames());
    }
    return { file: specFile(ctx.workspace, environment), text };
}
