const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;
const SECRET_NAME = /KEY|TOKEN|SECRET|PASSWORD/i;
export function isSecretVariableName(name) {
    return SECRET_NAME.test(name);
}
export function interpolate(data, env) {
    const undefinedVars = [];
    const secrets = new Set();
    const substitute = (text, path) => text.replace(REFERENCE, (_match, name, fallback) => {
        const value = env[name];
        // As in the shell, `:-` also replaces a variable that is set but empty.
        if (value === undefined || value === "") {
            if (fallback !== undefined)
                return fallback;
            if (value === undefined)
                undefinedVars.push({ path, variable: name });
            return "";
        }
        if (isSecretVariableName(name))
            secrets.add(value);
        return value;
    });
    const visit = (value, path) => {
        if (typeof value === "string")
            return substitute(value, path);
        if (Array.isArray(value))
            return value.map((item, i) => visit(item, [...path, i]));
        if (value !== null && typeof value === "object") {
            const out = {};
            for (const [key, item] of Object.entries(value)) {
                // defineProperty, so that a key named `__proto__` stays a plain key.
                Object.defineProperty(out, key, {
                    value: visit(item, [...path, key]),
                    enumerable: true,
                    writable: true,
                    configurable: true,
                });
            }
            return out;
        }
        return value;
    };
    return { data: visit(data, []), undefinedVars, secrets: [...secrets] };
}
