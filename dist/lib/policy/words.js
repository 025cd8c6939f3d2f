/** Lists in finding messages, spelt one way across rules: "a, b and c", "a, b and 3 more". */
export function joinWords(items) {
    if (items.length <= 1)
        return items.join("");
    return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
/** At most `max` items by name, the rest counted: a message stays readable for 256 CIDRs. */
export function fewByName(items, max, more = "more") {
    if (items.length <= max)
        return joinWords(items);
    return joinWords([...items.slice(0, max - 1), `${items.length - max + 1} ${more}`]);
}
