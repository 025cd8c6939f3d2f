/** Identity, there to infer the literal id and the options shape that the config schema needs. */
export function defineRule(rule) {
    return rule;
}
