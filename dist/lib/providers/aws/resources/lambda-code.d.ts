import type { CreateFunctionRequest, FunctionConfiguration, UpdateFunctionConfigurationRequest } from "@aws-sdk/client-lambda";
import { type LiveResource, type ResourceOperation } from "../../provider.js";
export declare const TYPE = "aws_lambda_function";
/** A function as the handler holds it: the list gives only its ARN, a read its configuration. */
export interface LambdaFunction {
    arn: string;
    config?: FunctionConfiguration;
    /** The image of a container function (only GetFunction reports it). */
    imageUri?: string;
}
/**
 * The function's name: the environment and the address people can read, and a hash of
 * repository, environment, address and the create's token. The repository keeps two repositories
 * with an environment of the same name apart; the token gives a replacement its own name, so its
 * create never takes the function it replaces for its own earlier attempt (and then deletes it as
 * the old copy). At most 64 of `[A-Za-z0-9_-]`, as Lambda allows.
 */
export declare function functionName(target: {
    repository: string;
    environment: string;
}, address: string, token: string): string;
/**
 * The zip to upload, read through the operation's repository (with the loader's checks) and
 * refused unless its hash is the one the approved plan carries: a file changed between plan
 * and apply is never uploaded.
 */
export declare function plannedZip(op: ResourceOperation): Promise<Uint8Array>;
/** Whether the code is a zip from the repository or an image; refuses both or neither. */
export declare function packageOf(op: ResourceOperation): "Zip" | "Image";
export declare function createInput(op: ResourceOperation, name: string, code: {
    ZipFile: Uint8Array;
} | {
    ImageUri: string;
}, tags: Record<string, string>): CreateFunctionRequest;
/** The configuration settings that differ from `have`; undefined when none does. */
export declare function configChanges(op: ResourceOperation & {
    id: string;
}, have: FunctionConfiguration, pkg: "Zip" | "Image"): UpdateFunctionConfigurationRequest | undefined;
/** The tags a create writes: the spec's, the token, and the ownership tags. */
export declare function createTags(op: ResourceOperation): Record<string, string>;
/**
 * Tags to set and to remove so the function carries exactly the spec's user tags and the
 * ownership tags an update by this repository keeps; our private tags and AWS's own stay.
 */
export declare function tagChanges(have: Readonly<Record<string, string>>, op: ResourceOperation): {
    set: Record<string, string>;
    remove: string[];
};
/** Live state in the spec's names; `filename` is not among them, its hash stands for it. */
export declare function lambdaLive(f: LambdaFunction, tags: Readonly<Record<string, string>>): LiveResource | undefined;
