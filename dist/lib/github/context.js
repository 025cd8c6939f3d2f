export function emptyOutcome(note) {
    return { handled: false, ...(note && { note }), plans: [], applies: [], summary: [] };
}
