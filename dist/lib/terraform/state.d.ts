/** A larger state is refused unread: it is far past what one environment spec holds. */
export declare const MAX_STATE_BYTES: number;
/** One instance of one resource, whichever format it came from. */
export interface StateInstance {
    /** Terraform's address, e.g. `module.net.aws_subnet.a["x"]`. */
    address: string;
    mode: "managed" | "data";
    type: string;
    name: string;
    /** `module.net` (nested: `module.a.module.b`), absent in the root module. */
    module?: string;
    /** The provider's source address, e.g. `registry.terraform.io/hashicorp/aws`. */
    provider: string;
    /** `count` index or `for_each` key. */
    indexKey?: number | string;
    attributes: Record<string, unknown>;
}
/** Parses a state file's text (either format) into its resource instances. */
export declare function parseTerraformState(text: string, file: string): StateInstance[];
