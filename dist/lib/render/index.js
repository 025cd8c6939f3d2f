/** Rendering of plans, apply results and drift for the terminal, GitHub Markdown and JSON. */
export { formatUnitPrice, formatUsd, formatUsdDelta } from "../cost/money.js";
export { renderPlanText, TEXT_DIFF_LINES, TEXT_ROWS } from "./plan-text.js";
export { FOLD_DIFF_LINES, renderPlanMarkdown } from "./plan-markdown.js";
export { renderPlanJson } from "./plan-json.js";
export { GITHUB_COMMENT_LIMIT, MAX_COMMENT_PARTS, splitIntoParts } from "./comment-splitter.js";
export { applyOutcome, renderApplyMarkdown, renderApplyText } from "./apply.js";
export { renderDriftMarkdown, renderDriftText } from "./drift.js";
export { NO_CHANGES, summaryText } from "./plan-summary.js";
