/**
 * A streaming reader of CSV records for the AWS offer files: lines are split as bytes arrive and
 * only the lines a cheap text test keeps are parsed into fields. An EC2 offer is mostly rows no
 * estimate uses (reserved terms, other operating systems), so most lines are never parsed, which
 * makes this several times faster than a general CSV parser on the same file (see the test).
 *
 * Fields follow RFC 4180: quoted with `"`, a quote inside doubled; a quoted field may span lines.
 */
import type { Readable } from "node:stream";
/**
 * Yields each record as its fields. `keep(line)` sees the raw text of a record first; records it
 * rejects are skipped unparsed (it is asked again for each record, so it can keep everything until
 * the header row has been seen).
 */
export declare function csvRecords(input: Readable, keep: (line: string) => boolean): AsyncGenerator<string[]>;
/** One record's fields. Unquoted fields are taken as they are; a trailing `\r` is dropped. */
export declare function parseCsvLine(line: string): string[];
