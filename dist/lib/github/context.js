import { inlineRunner } from "../plan/jobs.js";
const inline = inlineRunner();
/** The context's runner, or the in-process one. */
export function runnerOf(ctx) {
    return ctx.runner ?? inline;
}
export function emptyOutcome(note) {
    return { handled: false, ...(note && { note }), plans: [], applies: [], summary: [] };
}
