/** gRPC status codes by name: what every Google client reports, whatever its transport. */
export declare const GRPC_STATUS_NAMES: Readonly<Record<number, string>>;
/**
 * Runs one client call. Over REST an error may be a GoogleError (gRPC code) or a GaxiosError
 * (HTTP status, the JSON body as message); both become a ProviderOperationError.
 */
export declare function guarded<T>(fn: () => Promise<T>): Promise<T>;
/** A GET that answers undefined when the resource does not exist. */
export declare function getOrNothing<T>(fn: () => Promise<T>): Promise<T | undefined>;
export declare function isNotFound(e: unknown): boolean;
/**
 * An insert refused because the name is taken: GCE answers 409 `alreadyExists`, which the REST
 * transport reports as ABORTED (gRPC's 409), or fails the operation with RESOURCE_ALREADY_EXISTS.
 */
export declare function isAlreadyExists(e: unknown): boolean;
