export const tagsArgument = (name) => (body, tags) => {
    if (Object.keys(tags).length > 0)
        body[name] = tags;
};
/** Moves `keys` of `body` (those present) into a new object. */
export function take(body, keys) {
    const out = {};
    for (const k of keys) {
        if (k in body) {
            out[k] = body[k];
            delete body[k];
        }
    }
    return out;
}
