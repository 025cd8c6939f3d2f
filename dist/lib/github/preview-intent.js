import { previewName } from "./preview-spec.js";
export function previewIntent(user, parent, pr, environment) {
    let named;
    try {
        named = parent === undefined ? undefined : previewName(parent, pr);
    }
    catch {
        named = undefined;
    }
    if (named !== environment)
        return { ok: false, reason: "the comment that asked for this plan names another environment" };
    return { ok: true, requester: user, destroy: false };
}
