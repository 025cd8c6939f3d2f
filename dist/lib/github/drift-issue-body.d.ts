/**
 * The body of a drift issue: the marker that lets the bot find its own issue again, a
 * Terraform-style diff of the default branch's spec against live, a link to each drifted
 * resource's definition, and how to fix it. Everything here that came from the cloud (ids,
 * attribute values) is hostile: it is written only inside a code block whose fence no value can
 * close, or as an escaped code span, so it can neither end the marker nor mention or command.
 */
import type { DriftReport } from "../plan/model.js";
/** The label drift issues carry; not `plagentic`, which would make them change requests. */
export declare const DRIFT_LABEL = "plagentic-drift";
export declare function driftIssueTitle(environment: string): string;
/** The first line of a drift issue's body. Only a valid environment name ever goes in it. */
export declare function driftMarker(environment: string): string;
/** Where the spec that was checked lives: its path and the default branch's commit. */
export interface SpecSource {
    file: string;
    text: string;
    sha: string;
    /** `https://github.com/<owner>/<repo>`, for links; null when it is not known. */
    htmlBase: string | null;
    /** The spec's region, for links to the cloud's console. */
    region?: string;
}
/** One Terraform-style line per drifted resource and attribute: spec on the left, live on the right. */
export declare function driftDiffLines(report: DriftReport): string[];
/** The line each resource's definition starts on in the spec, by `type.name`. */
export declare function resourceLines(text: string, file: string): Map<string, number>;
/** `aws_instance.web[1]` → `aws_instance.web`: the block in the spec that defines it. */
export declare function baseAddress(address: string): string;
export declare function renderDriftIssueBody(report: DriftReport, spec: SpecSource): string;
