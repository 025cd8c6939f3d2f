/**
 * Running the policy rules against a plan's inputs. Pure: the same context and config always give
 * the same report, in the same order, so the report can go into the plan hash.
 */
import { COMMON_SETTINGS, policyConfigSchema } from "./config.js";
import { policyRules } from "./registry.js";
function ruleOptions(rule, entry) {
    const options = {};
    for (const [key, value] of Object.entries(entry ?? {})) {
        const owned = key in rule.options.shape;
        if (owned || !COMMON_SETTINGS.includes(key))
            options[key] = value;
    }
    // Parsing again applies option defaults for rules that run without being configured.
    return rule.options.parse(options);
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
export function evaluatePolicies(ctx, config = {}) {
    // Re-validating makes a config built in code (SDK, tests) as safe as one read from config.yaml.
    const parsed = policyConfigSchema.parse(config);
    const evaluated = [];
    const findings = [];
    for (const rule of policyRules) {
        const entry = parsed[rule.id];
        const enabled = entry ? entry.enabled !== false : rule.enabledByDefault;
        if (!enabled)
            continue;
        // A rule that defines its own `environments` option uses the name for something else.
        const filter = "environments" in rule.options.shape ? undefined : entry?.environments;
        if (filter && !filter.includes(ctx.spec.environment))
            continue;
        const level = entry?.level ?? rule.defaultLevel ?? "fail";
        const options = ruleOptions(rule, entry);
        const found = rule.evaluate(ctx, options);
        evaluated.push(rule.id);
        if (found.length === 0) {
            findings.push({ rule: rule.id, level: "pass", message: rule.passMessage(ctx, options) });
            continue;
        }
        for (const f of found) {
            // One literal per shape rather than adding `address` afterwards: a large plan has tens of
            // thousands of findings.
            const findingLevel = f.level ?? level;
            findings.push(f.address === undefined
                ? { rule: rule.id, level: findingLevel, message: f.message }
                : { rule: rule.id, level: findingLevel, message: f.message, address: f.address });
        }
    }
    evaluated.sort(compare);
    // Array.prototype.sort is stable, so ties keep the order the rule reported them in.
    findings.sort((a, b) => compare(a.rule, b.rule) || compare(a.address ?? "", b.address ?? ""));
    return { verdict: verdictOf(findings), evaluated, findings };
}
export function verdictOf(findings) {
    if (findings.some((f) => f.level === "fail"))
        return "fail";
    if (findings.some((f) => f.level === "warn"))
        return "warn";
    return "pass";
}
