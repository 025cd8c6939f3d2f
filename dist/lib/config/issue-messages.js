export function describeInput(input) {
    if (input === null)
        return "null";
    if (Array.isArray(input))
        return "list";
    if (typeof input === "object")
        return "mapping";
    if (typeof input === "string")
        return input === "" ? "empty string" : "string";
    return typeof input;
}
function quoteAll(values) {
    return values.map((v) => JSON.stringify(v)).join(", ");
}
/** Error map for `safeParse(data, { error: userIssueMessage })`; undefined keeps zod's own text. */
export function userIssueMessage(issue) {
    switch (issue.code) {
        case "invalid_type":
            if (issue.input === undefined)
                return "required";
            return `expected ${issue.expected === "object" ? "mapping" : issue.expected === "array" ? "list" : issue.expected}, received ${describeInput(issue.input)}`;
        case "invalid_value":
            return `expected one of ${quoteAll(issue.values)}, received ${JSON.stringify(issue.input) ?? "nothing"}`;
        case "too_small":
            if (issue.origin === "string" && issue.minimum === 1)
                return "must not be empty";
            if (issue.origin === "array")
                return `must have at least ${String(issue.minimum)} item(s)`;
            return `must be ${issue.inclusive === false ? "greater than" : "at least"} ${String(issue.minimum)}`;
        case "too_big":
            return `must be ${issue.inclusive === false ? "less than" : "at most"} ${String(issue.maximum)}`;
        default:
            return undefined;
    }
}
