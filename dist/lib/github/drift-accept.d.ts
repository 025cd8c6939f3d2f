import type { DriftReport } from "../plan/model.js";
export interface AcceptedDrift {
    /** The spec's new text; unchanged when nothing could be accepted. */
    text: string;
    /** One line per accepted change, e.g. `aws_instance.web: instance_type t3.small -> t3.large`. */
    accepted: string[];
    /** What was left out, and why. */
    leftOut: string[];
}
export declare function acceptDrift(specText: string, report: DriftReport): AcceptedDrift;
