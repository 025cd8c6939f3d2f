/**
 * Shell-style patterns for allow lists ("t3.*", "Standard_B*", "e2-?"): `*` is any run of
 * characters, `?` one character, everything else literal. Case-insensitive, because Azure size
 * names are and AWS and GCP names are lower-case anyway.
 */
export function globToRegExp(pattern) {
    // A policy checks thousands of resources against the same few patterns.
    let re = compiled.get(pattern);
    if (re === undefined) {
        re = compile(pattern);
        if (compiled.size >= CACHE_SIZE)
            compiled.delete(compiled.keys().next().value);
        compiled.set(pattern, re);
    }
    return re;
}
const CACHE_SIZE = 512;
const compiled = new Map();
function compile(pattern) {
    let source = "";
    // Runs of `*` mean what one does; collapsed, the expression cannot backtrack polynomially.
    for (const ch of pattern.replace(/\*+/g, "*")) {
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
