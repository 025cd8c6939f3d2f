/**
 * Clients for every AWS service but EC2 that answer every call with nothing, for tests of the EC2
 * handlers against an EC2-only fake: a live read without `types` also lists the optional types
 * (RDS, EKS, ...), which then find an empty cloud instead of reaching for AWS.
 */
const empty = { send: async () => ({}), destroy: () => {} };

export const noOtherServices: Readonly<Record<string, { destroy(): void }>> = new Proxy(
  {},
  { get: (_target, service) => (service === "EC2" ? undefined : empty) },
);
