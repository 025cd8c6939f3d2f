export function defined(props) {
    return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
}
