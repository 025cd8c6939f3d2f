/** The policy verdict and findings in the words every renderer uses. */
import type { PolicyFinding, PolicyReport, Verdict } from "../policy/model.js";
export declare function verdictLabel(verdict: Verdict): string;
/** Findings worth showing: a rule that found nothing reports a `pass` finding, which is noise here. */
export declare function reportedFindings(report: PolicyReport): PolicyFinding[];
export declare function evaluatedText(report: PolicyReport): string;
