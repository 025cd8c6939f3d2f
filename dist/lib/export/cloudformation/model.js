/** Drops undefined values, so that an absent spec property leaves the CloudFormation one out. */
export function defined(props) {
    return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
}
