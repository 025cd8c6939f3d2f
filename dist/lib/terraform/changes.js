import { deepEqual } from "../render/values.js";
const ACTIONS = {
    create: "create",
    update: "update",
    replace: "replace",
    delete: "delete",
};
function changedAttributes(before, after) {
    const a = before?.attributes ?? {};
    const b = after?.attributes ?? {};
    const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !deepEqual(a[k], b[k]));
    if (!deepEqual(before?.tags ?? {}, after?.tags ?? {}))
        names.push("tags");
    return names.sort();
}
export function policyChanges(changes, before, after) {
    const was = new Map(before.map((r) => [r.address, r]));
    const will = new Map(after.map((r) => [r.address, r]));
    const out = [];
    for (const c of changes) {
        const action = ACTIONS[c.action];
        const from = was.get(c.address);
        const to = will.get(c.address);
        if (action === undefined || (from === undefined && to === undefined))
            continue;
        const change = {
            address: c.address,
            type: c.type,
            action,
            before: from ? { attributes: from.attributes, tags: from.tags } : null,
            after: to && action !== "delete" ? { attributes: to.attributes, tags: to.tags } : null,
            changedAttributes: changedAttributes(from, to),
            dependsOn: [],
        };
        if (c.replacePaths)
            change.replaceReasons = c.replacePaths;
        out.push(change);
    }
    return out;
}
