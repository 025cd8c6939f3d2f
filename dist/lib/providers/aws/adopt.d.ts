import type { Adoption } from "../dispatch.js";
import { type AwsContext } from "./context.js";
export declare const AWS_ADOPTION: Adoption<AwsContext>;
