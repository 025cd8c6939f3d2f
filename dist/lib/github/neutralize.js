/**
 * Text that came from a user, a model or a spec, made safe to post in a bot comment: whatever it
 * says, it can never form a marker, a record or a command there (invariant 2). Every reply and
 * every rendered plan goes through `neutralize`; only the header the bot composes (marker and
 * record, see markers.ts) is written without it.
 *
 * Two things are broken up with a zero-width space (U+200B), which renders as nothing, inside a
 * code block as well as outside:
 * - `<!--`, so no HTML comment (the only place markers and records live) can open;
 * - `/plagentic` at the start of a line, after any white space (Unicode's, as `trim()` drops it)
 *   and quote marks, so no line reads as a command to this bot, another instance of it, or a tool
 *   that copies the comment. Elsewhere it is left alone, so the hints the bot writes inside
 *   sentences (`/plagentic plan staging`) can still be copied and pasted as they are.
 */
const ZWSP = "\u200b";
const COMMENT_OPEN = /<!--/g;
const COMMAND_AT_LINE_START = /^([\s>]*)\/(plagentic)/gim;
export function neutralize(text) {
    return text.replace(COMMENT_OPEN, `<!${ZWSP}--`).replace(COMMAND_AT_LINE_START, `$1/${ZWSP}$2`);
}
