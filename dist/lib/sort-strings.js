/**
 * Sorting the short lists of keys that hashing, diffing and rendering sort for every object they
 * meet. `Array.prototype.sort` sets up about a kilobyte of work space per call, whatever the
 * length: over the 150,000 objects of a 10,000-resource plan that was tens of megabytes of garbage
 * for the hash alone. Short lists are sorted here in place, by insertion, allocating nothing.
 */
/** Past this length the built-in sort's n log n wins over insertion. */
const SHORT = 16;
/**
 * Sorts `values` in place, in the order `values.sort()` gives strings (by UTF-16 code units), and
 * returns it.
 */
export function sortStrings(values) {
    if (values.length > SHORT)
        return values.sort();
    for (let i = 1; i < values.length; i++) {
        const value = values[i];
        let j = i - 1;
        while (j >= 0 && values[j] > value) {
            values[j + 1] = values[j];
            j--;
        }
        values[j + 1] = value;
    }
    return values;
}
