export function attributeAt(attributes, path) {
    let current = attributes;
    for (const key of path.split(".")) {
        if (current === null || typeof current !== "object" || Array.isArray(current))
            return undefined;
        current = Object.hasOwn(current, key) ? current[key] : undefined;
    }
    return current;
}
export function stringAt(attributes, path) {
    const value = attributeAt(attributes, path);
    return typeof value === "string" && value !== "" ? value : undefined;
}
export function numberAt(attributes, path) {
    const value = attributeAt(attributes, path);
    return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}
export function booleanAt(attributes, path) {
    const value = attributeAt(attributes, path);
    return typeof value === "boolean" ? value : undefined;
}
export function objectAt(attributes, path) {
    const value = attributeAt(attributes, path);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : undefined;
}
export function listAt(attributes, path) {
    const value = attributeAt(attributes, path);
    return Array.isArray(value) ? value : undefined;
}
