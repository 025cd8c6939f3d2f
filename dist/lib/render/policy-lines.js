import { pushAll } from "./arrays.js";
export function verdictLabel(verdict) {
    return verdict.toUpperCase();
}
/** Findings worth showing: a rule that found nothing reports a `pass` finding, which is noise here. */
export function reportedFindings(report) {
    // Failures first, then warnings, each in report order: two passes rather than a sort, since a
    // large plan can carry tens of thousands of warnings.
    const fails = [];
    const warns = [];
    for (const f of report.findings) {
        if (f.level === "fail")
            fails.push(f);
        else if (f.level !== "pass")
            warns.push(f);
    }
    return pushAll(fails, warns);
}
export function evaluatedText(report) {
    const n = report.evaluated.length;
    return `${n} rule${n === 1 ? "" : "s"} evaluated`;
}
