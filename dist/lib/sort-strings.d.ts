/**
 * Sorting the short lists of keys that hashing, diffing and rendering sort for every object they
 * meet. `Array.prototype.sort` sets up about a kilobyte of work space per call, whatever the
 * length: over the 150,000 objects of a 10,000-resource plan that was tens of megabytes of garbage
 * for the hash alone. Short lists are sorted here in place, by insertion, allocating nothing.
 */
/**
 * Sorts `values` in place, in the order `values.sort()` gives strings (by UTF-16 code units), and
 * returns it.
 */
export declare function sortStrings(values: string[]): string[];
