export function str(a, key) {
    const v = a[key];
    return typeof v === "string" && v !== "" ? v : undefined;
}
export function bool(a, key, fallback) {
    const v = a[key];
    return typeof v === "boolean" ? v : fallback;
}
export function strings(a, key) {
    const v = a[key];
    return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
}
export function object(a, key) {
    const v = a[key];
    return v !== null && typeof v === "object" && !Array.isArray(v) ? v : undefined;
}
/** `aws_security_group.web[1]` → `web-1`, for names AWS shows to people. */
export function nameFromAddress(address) {
    const dot = address.indexOf(".");
    const local = dot >= 0 ? address.slice(dot + 1) : address;
    return local.replace(/\[(\d+)\]$/, "-$1").replace(/[^A-Za-z0-9_.-]/g, "-");
}
