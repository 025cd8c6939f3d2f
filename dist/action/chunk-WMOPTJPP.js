import { createRequire as __plagenticRequire } from 'node:module'; const require = __plagenticRequire(import.meta.url);

// src/spec/errors.ts
var PlagenticError = class extends Error {
  /** Process exit code a CLI should use when this error ends the run. */
  exitCode = 1;
  /** Marks errors that are the user's to fix, as opposed to bugs. */
  userError = true;
  constructor(message) {
    super(message);
    this.name = new.target.name;
  }
};
var SpecError = class extends PlagenticError {
  location;
  field;
  reason;
  constructor(location, field, reason) {
    super(formatLocated(location, field, reason));
    this.location = location;
    this.field = field;
    this.reason = reason;
  }
};
function formatLocated(location, field, reason) {
  let where = location.file;
  if (location.line !== void 0) {
    where += `:${location.line}`;
    if (location.column !== void 0) where += `:${location.column}`;
  }
  return field ? `${where}: ${field}: ${reason}` : `${where}: ${reason}`;
}
var LimitError = class extends SpecError {
  constructor(location, field, key, limit, actual, what, unit) {
    super(
      location,
      field,
      `${what}, over the limit of ${formatNumber(limit)} ${unit}; raise ${key} in config.yaml if that is intended`
    );
    this.key = key;
    this.limit = limit;
    this.actual = actual;
  }
  key;
  limit;
  actual;
};
function formatNumber(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
var RefusedError = class extends PlagenticError {
};
var NotFoundError = class extends PlagenticError {
  constructor(kind, name, valid) {
    super(
      valid.length > 0 ? `unknown ${kind} "${name}"; valid ${kind}s: ${valid.join(", ")}` : `unknown ${kind} "${name}"; there are none defined`
    );
  }
};

export {
  PlagenticError,
  SpecError,
  LimitError,
  formatNumber,
  RefusedError,
  NotFoundError
};
