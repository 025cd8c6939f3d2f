/**
 * Drift: live state that no longer matches the spec, read the same way a plan reads it. Because
 * ownership is by tags, a resource edited, deleted or added outside Plagentic shows up here by
 * construction.
 */
import { targetOf } from "../providers/provider.js";
import { diffResources, normalizeLive } from "./diff.js";
import { assertFilesRead } from "./engine.js";
export async function detectDrift(env, provider, identity) {
    assertFilesRead(env);
    const writeOnly = provider.capabilities.writeOnly;
    const live = normalizeLive(await provider.readLive(targetOf(env.spec, identity)), {
        desired: env.resources,
        ...(writeOnly && { writeOnly }),
    });
    const stateOf = new Map(live.flatMap((r) => (r.state === undefined ? [] : [[r.address, r.state]])));
    const items = diffResources(env.resources, live, writeOnly && { writeOnly }).map((c) => {
        if (c.action === "create")
            return { address: c.address, type: c.type, kind: "missing", differences: [] };
        if (c.action === "delete")
            return { address: c.address, type: c.type, kind: "unmanaged", id: c.id, differences: [] };
        const differences = c.changedAttributes.map((attribute) => attribute === "tags"
            ? { attribute, expected: c.after.tags, actual: c.before.tags }
            : {
                attribute,
                expected: c.after.attributes[attribute] ?? null,
                actual: c.before.attributes[attribute] ?? null,
            });
        const state = stateOf.get(c.address);
        if (state !== undefined)
            differences.unshift({ attribute: "state", expected: "ready", actual: state });
        return { address: c.address, type: c.type, kind: "changed", id: c.id, differences };
    });
    return { environment: env.spec.environment, provider: env.spec.provider, checked: live.length, items };
}
