export interface StructuredRequest {
    environment: string;
    /** The YAML list of resources, as written in the form. */
    resourcesYaml: string;
    summary?: string;
}
/**
 * GitHub renders an issue form as `### <label>` sections. Recognised labels: "Environment",
 * "Resources" (a YAML list, fenced or not) and optionally "Summary"/"Why". Returns null when the
 * body is not such a form, so the caller can treat it as plain words.
 */
export declare function parseStructuredRequest(body: string): StructuredRequest | null;
/**
 * The spec text with the requested resources merged in. Throws an Error with a plain message when
 * the request's YAML is not a list of resources; the result still has to pass the spec parser.
 */
export declare function mergeResources(specText: string, resourcesYaml: string): string;
