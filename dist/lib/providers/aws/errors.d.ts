/**
 * EC2 failures as ProviderOperationError, keeping AWS's error code. Throttling and server errors
 * have already been retried by the SDK within its bound, so the message says it gave up.
 */
import { ProviderOperationError } from "../provider.js";
export declare function errorCode(e: unknown): string;
/** `InvalidInstanceID.NotFound`, `InvalidGroup.NotFound`, `InvalidVpcID.NotFound`... */
export declare function isNotFound(e: unknown): boolean;
export declare function toProviderError(e: unknown, doing: string): ProviderOperationError;
