/** `approvals.environments.<name>.required`, else the global `approvals.required`. */
export function requiredApprovals(config, environment) {
    return config.approvals.environments[environment]?.required ?? config.approvals.required;
}
