/** How the protection rules explain a replacement: the attributes that force it. */
export function because(reasons) {
    return reasons && reasons.length > 0 ? ` (forced by ${reasons.join(", ")})` : "";
}
