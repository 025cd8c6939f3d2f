/**
 * `${VAR}` and `${VAR:-default}` substitution in every string of an already-parsed document.
 * Substituting after parsing keeps line numbers right and means a value can never inject YAML
 * structure.
 */
import type { FieldPath } from "../spec/yaml-source.js";
export interface UndefinedReference {
    /** Where the reference is, as a path into the document. */
    path: FieldPath;
    variable: string;
}
export interface Interpolated {
    data: unknown;
    /** References to unset variables without a default; each became "". */
    undefinedVars: UndefinedReference[];
    /** Values that came from variables whose names look like credentials, for redaction. */
    secrets: string[];
}
export declare function isSecretVariableName(name: string): boolean;
export declare function interpolate(data: unknown, env: Readonly<Record<string, string | undefined>>): Interpolated;
