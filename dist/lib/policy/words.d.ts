/** Lists in finding messages, spelt one way across rules: "a, b and c", "a, b and 3 more". */
export declare function joinWords(items: readonly string[]): string;
/** At most `max` items by name, the rest counted: a message stays readable for 256 CIDRs. */
export declare function fewByName(items: readonly string[], max: number, more?: string): string;
