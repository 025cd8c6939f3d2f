/**
 * Shell-style patterns for allow lists ("t3.*", "Standard_B*", "e2-?"): `*` is any run of
 * characters, `?` one character, everything else literal. Case-insensitive, because Azure size
 * names are and AWS and GCP names are lower-case anyway.
 */
export function globToRegExp(pattern) {
    let source = "";
    for (const ch of pattern) {
        if (ch === "*")
            source += ".*";
        else if (ch === "?")
            source += ".";
        else
            source += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
    }
    return new RegExp(`^${source}$`, "i");
}
export function matchesAnyGlob(value, patterns) {
    return patterns.some((p) => globToRegExp(p.trim()).test(value.trim()));
}
