import { StringDecoder } from "node:string_decoder";
/**
 * Yields each record as its fields. `keep(line)` sees the raw text of a record first; records it
 * rejects are skipped unparsed (it is asked again for each record, so it can keep everything until
 * the header row has been seen).
 */
export async function* csvRecords(input, keep) {
    const decoder = new StringDecoder("utf8");
    let rest = "";
    let first = true;
    const emit = function* (line) {
        if (first) {
            first = false;
            if (line.charCodeAt(0) === 0xfeff)
                line = line.slice(1);
        }
        if (line === "" || line === "\r")
            return;
        if (keep(line))
            yield parseCsvLine(line);
    };
    for await (const chunk of input) {
        const text = rest + (typeof chunk === "string" ? chunk : decoder.write(chunk));
        let start = 0;
        for (;;) {
            const nl = text.indexOf("\n", start);
            if (nl < 0)
                break;
            // A newline inside a quoted field does not end the record: wait for the closing quote.
            const candidate = text.slice(start, nl);
            if (!balanced(candidate)) {
                const end = closingNewline(text, start);
                if (end < 0)
                    break;
                yield* emit(text.slice(start, end));
                start = end + 1;
                continue;
            }
            yield* emit(candidate);
            start = nl + 1;
        }
        rest = text.slice(start);
    }
    rest += decoder.end();
    if (rest !== "") {
        if (!balanced(rest))
            throw new Error("the file ends inside a quoted field");
        yield* emit(rest);
    }
}
function balanced(text) {
    let quotes = 0;
    for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1))
        quotes++;
    return quotes % 2 === 0;
}
/** The index of the newline that ends the record starting at `start`, or -1 if not yet read. */
function closingNewline(text, start) {
    let inQuotes = false;
    for (let i = start; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 34)
            inQuotes = !inQuotes;
        else if (c === 10 && !inQuotes)
            return i;
    }
    return -1;
}
/** One record's fields. Unquoted fields are taken as they are; a trailing `\r` is dropped. */
export function parseCsvLine(line) {
    if (line.endsWith("\r"))
        line = line.slice(0, -1);
    const fields = [];
    let i = 0;
    for (;;) {
        if (line.charCodeAt(i) === 34) {
            let value = "";
            let j = i + 1;
            for (;;) {
                const q = line.indexOf('"', j);
                if (q < 0)
                    throw new Error("unterminated quoted field");
                if (line.charCodeAt(q + 1) === 34) {
                    value += line.slice(j, q + 1);
                    j = q + 2;
                    continue;
                }
                value += line.slice(j, q);
                i = q + 1;
                break;
            }
            fields.push(value);
            if (i >= line.length)
                return fields;
            if (line.charCodeAt(i) !== 44)
                throw new Error(`unexpected character after a quoted field at ${i}`);
            i++;
        }
        else {
            const comma = line.indexOf(",", i);
            if (comma < 0) {
                fields.push(line.slice(i));
                return fields;
            }
            fields.push(line.slice(i, comma));
            i = comma + 1;
        }
    }
}
