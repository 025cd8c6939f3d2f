/** Small pieces of GitHub-flavoured Markdown shared by the plan, apply and drift comments. */

/**
 * Text from elsewhere (policy messages, error messages, price reasons) placed in a comment: kept on
 * one line, unable to open HTML or break a table, and unable to @-mention anyone.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .replace(/@/g, "&#64;");
}

/** Inline code; the fence grows past any run of backticks inside. */
export function code(text: string): string {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const ticks = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

/** A fence longer than any run of backticks in the lines, so no value can close the block early. */
export function fenceFor(lines: readonly string[]): string {
  let longest = 0;
  for (const l of lines) {
    // Nearly every line has no run at all, which a plain search finds out faster.
    if (!l.includes("```")) continue;
    for (const run of l.match(/`{3,}/g) ?? []) longest = Math.max(longest, run.length);
  }
  return "`".repeat(Math.max(3, longest + 1));
}

/**
 * The caller's hidden marker (used to find and update the bot's own comments) as an HTML comment.
 * A complete `<!-- ... -->` line is used as given.
 */
export function markerLine(marker: string | undefined): string | undefined {
  if (marker === undefined || marker === "") return undefined;
  const trimmed = marker.trim();
  if (/^<!--[\s\S]*-->$/.test(trimmed) && !trimmed.slice(4, -3).includes("-->")) return trimmed;
  return `<!-- ${trimmed.replace(/--+>?/g, "-")} -->`;
}

export const MAX_LINE = 2_000;

/** What follows the kept part of a shortened line; the redactor looks for it (see redact.ts). */
export const CUT_MARK = " … (";

/** A line longer than anyone reads in a comment is shortened, so one value cannot fill a part. */
export function capLine(line: string, max = MAX_LINE): string {
  if (line.length <= max) return line;
  let cut = max;
  const c = line.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return `${line.slice(0, cut)}${CUT_MARK}${formatCount(line.length - cut)} more characters)`;
}

/**
 * The leading items whose lines fit in `budget` characters; the caller says how many were left out.
 * Keeps sections that can grow with the plan (cost rows, findings) from crowding out the summary.
 * Items are taken from the iterable only until the budget runs out, so a lazy one is formatted no
 * further than it is shown; give its `total` length, since it cannot be counted without that.
 */
export function takeWithin(
  items: Iterable<string>,
  budget: number,
  total = Array.isArray(items) ? items.length : undefined,
): { kept: string[]; left: number } {
  const kept: string[] = [];
  let used = 0;
  for (const item of items) {
    if (used + item.length + 1 > budget) break;
    kept.push(item);
    used += item.length + 1;
  }
  return { kept, left: (total ?? kept.length) - kept.length };
}

/** "1,234", independent of the runtime's locale data. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${formatCount(n)} ${n === 1 ? noun : plural}`;
}
