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

const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;
const SECRET_NAME = /KEY|TOKEN|SECRET|PASSWORD/i;

export function isSecretVariableName(name: string): boolean {
  return SECRET_NAME.test(name);
}

export function interpolate(data: unknown, env: Readonly<Record<string, string | undefined>>): Interpolated {
  const undefinedVars: UndefinedReference[] = [];
  const secrets = new Set<string>();

  const substitute = (text: string, path: FieldPath): string =>
    text.replace(REFERENCE, (_match, name: string, fallback: string | undefined) => {
      const value = env[name];
      // As in the shell, `:-` also replaces a variable that is set but empty.
      if (value === undefined || value === "") {
        if (fallback !== undefined) return fallback;
        if (value === undefined) undefinedVars.push({ path, variable: name });
        return "";
      }
      if (isSecretVariableName(name)) secrets.add(value);
      return value;
    });

  const visit = (value: unknown, path: FieldPath): unknown => {
    if (typeof value === "string") return substitute(value, path);
    if (Array.isArray(value)) return value.map((item, i) => visit(item, [...path, i]));
    if (value !== null && typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        // defineProperty, so that a key named `__proto__` stays a plain key.
        Object.defineProperty(out, key, {
          value: visit(item, [...path, key]),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    return value;
  };

  return { data: visit(data, []), undefinedVars, secrets: [...secrets] };
}
