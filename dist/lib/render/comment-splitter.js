/**
 * Fitting a long body of lines into GitHub comments. GitHub rejects a comment longer than 65,536
 * characters, so a long diff is spread over several comments (whole lines only) and, beyond
 * `MAX_COMMENT_PARTS`, trimmed with a note of how much is missing.
 */
export const GITHUB_COMMENT_LIMIT = 65_536;
export const MAX_COMMENT_PARTS = 10;
/**
 * Room kept free in every part for what the empty rendering cannot show: the wrapping of the lines
 * (a fence, a <details> label with line numbers). Doubled on the rare retry.
 */
const SLACK = 256;
/** Shortens a single line that could not fit any part even alone; ordinary lines never get here. */
function fitLine(line, room) {
    if (line.length <= room)
        return line;
    const note = ` … (${line.length} characters, shortened)`;
    let cut = Math.max(0, room - note.length);
    const code = line.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        cut--;
    return line.slice(0, cut) + note;
}
function pack(lines, firstRoom, restRoom, maxParts) {
    const chunks = [{ start: 0, lines: [] }];
    let used = 0;
    let i = 0;
    for (; i < lines.length; i++) {
        const room = chunks.length === 1 ? firstRoom : restRoom;
        const line = fitLine(lines[i], restRoom - 1);
        const cost = line.length + 1;
        if (used + cost > room) {
            if (chunks.length === maxParts)
                break;
            chunks.push({ start: i, lines: [] });
            used = 0;
        }
        chunks[chunks.length - 1].lines.push(line);
        used += cost;
    }
    return { chunks, omitted: lines.length - i };
}
/**
 * Renders `lines` as one comment when it fits, else as parts each within `limit`. `render` lays out
 * one part around its slice of lines; it is asked once with no lines per kind of part to learn how
 * much room its own text takes.
 */
export function splitIntoParts(lines, render, opts = {}) {
    const limit = opts.limit ?? GITHUB_COMMENT_LIMIT;
    const maxParts = Math.max(1, opts.maxParts ?? MAX_COMMENT_PARTS);
    const n = lines.length;
    // Rendering everything as one comment is only worth trying when the lines alone could fit.
    let chars = 0;
    for (let i = 0; i < n && chars <= limit; i++)
        chars += lines[i].length + 1;
    if (chars <= limit) {
        const whole = render({ index: 0, total: 1, lines, firstLine: 0, totalLines: n, omitted: 0 });
        if (whole.length <= limit)
            return [whole];
    }
    const empty = (index, total) => render({ index, total, lines: [], firstLine: n, totalLines: n, omitted: n }).length;
    const total = Math.max(2, maxParts);
    const firstOverhead = Math.max(empty(0, total), empty(0, 1));
    const restOverhead = Math.max(empty(1, total), empty(total - 1, total));
    for (let slack = Math.min(SLACK, Math.ceil(limit / 20)); slack <= limit / 2; slack *= 2) {
        const firstRoom = limit - firstOverhead - slack;
        const restRoom = limit - restOverhead - slack;
        if (restRoom < 80)
            break;
        const { chunks, omitted } = pack(lines, Math.max(0, firstRoom), restRoom, maxParts);
        const parts = chunks.map((c, index) => render({
            index,
            total: chunks.length,
            lines: c.lines,
            firstLine: c.start,
            totalLines: n,
            omitted: index === chunks.length - 1 ? omitted : 0,
        }));
        if (parts.every((p) => p.length <= limit))
            return parts;
    }
    throw new Error(`cannot fit the comment into ${maxParts} parts of ${limit} characters`);
}
