/**
 * A change as diff lines in Terraform's layout, kept as data so that the terminal and the GitHub
 * `diff` block lay out the same lines, each in its own way.
 */
import type { Change } from "../plan/model.js";
import type { Palette } from "./ansi.js";
export type Sign = "+" | "-" | "~" | "-/+" | " ";
export interface DiffLine {
    /** `header`: "# <address> will be created"; `comment`: "# (2 unchanged attributes hidden)". */
    kind: "header" | "line" | "comment" | "blank";
    depth: number;
    sign: Sign;
    text: string;
    /** Trailing comment on the line, e.g. "# forces replacement". */
    note?: string;
    /** On a closing bracket: the sign of the value it closes, so a Markdown diff colours the whole value. */
    closes?: Sign;
}
/** The lines of one change, from its "# <address> will be ..." header to the closing brace. */
export declare function changeLines(change: Change, opts: {
    destroyPlan: boolean;
}): DiffLine[];
/** Every change's lines, with a blank line between changes. */
export declare function planDiffLines(changes: readonly Change[], opts: {
    destroyPlan: boolean;
}): DiffLine[];
/**
 * Terminal layout, as `terraform plan` prints it: the sign right-aligned in a column that grows by
 * four per nesting level, so "  +", "-/+" and "      ~" line up under each other.
 */
export declare function diffLineText(l: DiffLine, p: Palette): string;
/**
 * GitHub `diff` layout (as Atlantis does it): the sign moves to the first column so GitHub colours
 * the line; "~" and "-/+" become "!", which the diff grammar marks as changed.
 */
export declare function diffLineMarkdown(l: DiffLine): string;
