export function verdictLabel(verdict) {
    return verdict.toUpperCase();
}
/** Findings worth showing: a rule that found nothing reports a `pass` finding, which is noise here. */
export function reportedFindings(report) {
    const rank = { fail: 0, warn: 1, pass: 2 };
    return report.findings
        .filter((f) => f.level !== "pass")
        .map((f, i) => ({ f, i }))
        .sort((a, b) => rank[a.f.level] - rank[b.f.level] || a.i - b.i)
        .map(({ f }) => f);
}
export function evaluatedText(report) {
    const n = report.evaluated.length;
    return `${n} rule${n === 1 ? "" : "s"} evaluated`;
}
