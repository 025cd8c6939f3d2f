const ENV = "([a-z0-9][a-z0-9_-]*)";
const THE = "(?:the\\s+)?";
const ENV_WORD = "(?:\\s+(?:environment|env))?";
const patterns = [
    {
        kind: "drift",
        re: new RegExp(`^(?:check|detect|show|report)?\\s*(?:for\\s+)?drift\\s+(?:in|of|for|on)?\\s*${THE}${ENV}${ENV_WORD}$`),
    },
    { kind: "drift", re: new RegExp(`^(?:check\\s+)?${THE}${ENV}${ENV_WORD}\\s+(?:for\\s+)?drift$`) },
    {
        kind: "destroy",
        re: new RegExp(`^(?:destroy|tear\\s+down|teardown|decommission|delete)\\s+${THE}${ENV}${ENV_WORD}$`),
    },
    {
        kind: "plan",
        re: new RegExp(`^(?:provision|plan|deploy|create|preview|update|converge|apply)\\s+(?:for\\s+)?${THE}${ENV}${ENV_WORD}$`),
    },
];
/** Examples of requests the deterministic path understands, for help and error text. */
export const UNDERSTOOD_EXAMPLES = [
    "Provision staging environment",
    "plan staging",
    "destroy staging",
    "check drift in staging",
];
export function parseIntent(task) {
    const text = task
        .trim()
        .replace(/[.!?]+$/, "")
        .replace(/\s+/g, " ")
        .toLowerCase();
    for (const { kind, re } of patterns) {
        const m = re.exec(text);
        if (m?.[1])
            return { kind, environment: m[1] };
    }
    return { kind: "request", text: task.trim() };
}
